package org.hearth.web.pages;

/** Another way to sign in offered under the individual's form: its address and the provider's name. */
public record LoginOption(String href, String provider) {
}
