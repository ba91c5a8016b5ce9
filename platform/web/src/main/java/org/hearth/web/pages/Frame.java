package org.hearth.web.pages;

import java.util.List;

/**
 * What the one layout needs around a page's body: its title, language, navigation and, when
 * someone is signed in, the CSRF token of the sign-out form.
 *
 * @param heading the page's {@code <h1>}, or null when the body carries its own
 * @param csrf    the session's CSRF token; null on pages shown to visitors (no sign-out button)
 * @param path    the current path, for the language switch link
 * @param context a line shown above the heading (the console's organisation name), or null
 * @param done    the notice of what the last action did, shown under the heading, or null
 */
public record Frame(Messages m, String title, String heading, List<NavItem> nav, String csrf, String path, String context, String done) {

    public Frame(Messages m, String title, String heading, List<NavItem> nav, String csrf, String path, String context) {
        this(m, title, heading, nav, csrf, path, context, null);
    }

    /** The same frame without the notice, for a page whose body says it itself. */
    public Frame withoutDone() {
        return new Frame(m, title, heading, nav, csrf, path, context, null);
    }

    public Frame {
        nav = List.copyOf(nav);
    }

    public boolean signedIn() {
        return csrf != null;
    }

    /** The link that shows this page in the other language. */
    public String switchHref() {
        return "?lang=" + m.other();
    }
}
