package org.hearth.web.pages;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The pages' words in English and French ({@code i18n/messages_*.properties}). The language is
 * chosen by {@code ?lang=}, remembered in a cookie, else taken from Accept-Language.
 */
public final class Messages {

    public static final String COOKIE = "hearth.lang";
    private static final Map<String, ResourceBundle> BUNDLES = Map.of(
            "en", ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH),
            "fr", ResourceBundle.getBundle("i18n.messages", Locale.FRENCH));

    private final String language;

    private Messages(String language) {
        this.language = language;
    }

    public static Messages of(String language) {
        return new Messages(BUNDLES.containsKey(language) ? language : "en");
    }

    /** The request's language; a {@code lang} query parameter also sets the cookie for later pages. */
    public static Messages forRequest(RoutingContext rc) {
        String asked = rc.queryParams().get("lang");
        if (asked != null && BUNDLES.containsKey(asked)) {
            rc.response().addCookie(Cookie.cookie(COOKIE, asked).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                    .setMaxAge(365L * 24 * 3600));
            return of(asked);
        }
        Cookie cookie = rc.request().getCookie(COOKIE);
        if (cookie != null && BUNDLES.containsKey(cookie.getValue())) {
            return of(cookie.getValue());
        }
        String accept = rc.request().getHeader("Accept-Language");
        return of(accept != null && accept.toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en");
    }

    public String language() {
        return language;
    }

    /** The other language, for the switch link. */
    public String other() {
        return "fr".equals(language) ? "en" : "fr";
    }

    public String t(String key, Object... args) {
        return new MessageFormat(BUNDLES.get(language).getString(key), Locale.forLanguageTag(language)).format(args);
    }

    /** Escaped, for HTML. */
    public String h(String key, Object... args) {
        return Html.esc(t(key, args));
    }
}
