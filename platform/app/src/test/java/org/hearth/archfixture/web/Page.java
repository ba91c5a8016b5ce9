package org.hearth.archfixture.web;

/** Fixture: a web-layer class. */
public final class Page {
    public static String render() {
        return "page";
    }
}
