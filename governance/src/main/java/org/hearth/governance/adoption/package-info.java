/** Records each distinct charter the server started under, and shows the board the charter in force. */
package org.hearth.governance.adoption;
