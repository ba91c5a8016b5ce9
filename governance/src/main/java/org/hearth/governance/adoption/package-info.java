/** Records each distinct charter the server started under, and shows the board the charter in force.
 * Recording is the module's start step, never done while wiring. */
package org.hearth.governance.adoption;
