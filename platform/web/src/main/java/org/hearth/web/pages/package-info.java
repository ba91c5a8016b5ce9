/**
 * Server-rendered pages: the one layout ({@code src/main/jte/layout.jte}) every area's pages are
 * shown in, its {@link org.hearth.web.pages.Frame} and navigation, the words of both languages
 * ({@link org.hearth.web.pages.Messages}, {@link org.hearth.web.pages.AcceptLanguage}) and their
 * formats ({@link org.hearth.web.pages.Formats}), and the sign-in, error and home pages.
 * Templates are jte, precompiled at build time, escaping every value; pages work without
 * JavaScript, carry no inline script or style, and label every control.
 */
package org.hearth.web.pages;
