/** Server-rendered pages: escaping and the shared layout. Every page works without JavaScript and labels every control. */
package org.hearth.web.pages;
