package org.hearth.web.pages;

/** One link of the navigation: where it goes, its words, and whether it is the page being shown. */
public record NavItem(String href, String label, boolean current) {
}
