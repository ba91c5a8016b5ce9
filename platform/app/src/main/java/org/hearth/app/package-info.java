/** The composition root: {@link org.hearth.app.Main} reads the command line, {@link org.hearth.app.Platform} wires every module. */
package org.hearth.app;
