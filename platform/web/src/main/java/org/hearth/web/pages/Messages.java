package org.hearth.web.pages;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The pages' words in English and French ({@code i18n/messages_*.properties}) and their formats
 * ({@link Formats}). The language is, in order: the switch on the page on this request
 * ({@code ?lang=}, which also sets a cookie), the signed-in person's account's language
 * ({@link #preferAccount}: the page guards read it from the account once per browser session,
 * and store the switch in it), the cookie, the browser's {@code Accept-Language}
 * ({@link AcceptLanguage}), else English.
 */
public final class Messages {

    public static final String COOKIE = "hearth.lang";
    /** The time zone chosen in this browser (a {@link TimeZones#OFFERED} id); without it, the language's usual zone. */
    public static final String ZONE_COOKIE = "hearth.tz";
    /** The languages offered, in the order a wildcard {@code Accept-Language} takes them. */
    public static final List<String> LANGUAGES = org.hearth.kernel.login.AccountLanguages.OFFERED;
    private static final String ACCOUNT_PREFERENCE = "hearth.accountLanguage";
    private static final Map<String, ResourceBundle> BUNDLES = Map.of(
            "en", ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH),
            "fr", ResourceBundle.getBundle("i18n.messages", Locale.FRENCH));

    private final String language;
    private final Formats formats;

    private Messages(String language, java.time.ZoneId zone) {
        this.language = language;
        this.formats = Formats.of(language, zone == null ? TimeZones.usual(language) : zone);
    }

    /** In the language's usual time zone (mails, and pages of people who chose none). */
    public static Messages of(String language) {
        String known = BUNDLES.containsKey(language) ? language : "en";
        return new Messages(known, null);
    }

    private static Messages of(String language, RoutingContext rc) {
        Cookie zone = rc.request().getCookie(ZONE_COOKIE);
        return new Messages(language, zone == null ? null : TimeZones.offered(zone.getValue()).orElse(null));
    }

    /** The request's language; a {@code lang} query parameter also sets the cookie for later pages. */
    public static Messages forRequest(RoutingContext rc) {
        String asked = rc.queryParams().get("lang");
        if (asked != null && BUNDLES.containsKey(asked)) {
            rc.response().addCookie(Cookie.cookie(COOKIE, asked).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                    .setMaxAge(365L * 24 * 3600));
            return of(asked, rc);
        }
        String account = rc.get(ACCOUNT_PREFERENCE);
        if (account != null && BUNDLES.containsKey(account)) {
            return of(account, rc);
        }
        Cookie cookie = rc.request().getCookie(COOKIE);
        if (cookie != null && BUNDLES.containsKey(cookie.getValue())) {
            return of(cookie.getValue(), rc);
        }
        return of(AcceptLanguage.choose(rc.request().getHeader("Accept-Language"), LANGUAGES).orElse("en"), rc);
    }

    /** Records the signed-in account's stored language for this request (the page guards call it; null or unknown: none). */
    public static void preferAccount(RoutingContext rc, String language) {
        if (language != null && BUNDLES.containsKey(language)) {
            rc.put(ACCOUNT_PREFERENCE, language);
        }
    }

    /** The time zone moments are shown in. */
    public java.time.ZoneId zone() {
        return formats.zone();
    }

    /** Dates, numbers and money in this language. */
    public Formats formats() {
        return formats;
    }

    public String date(java.time.Instant value) {
        return formats.date(value);
    }

    public String date(java.time.LocalDate value) {
        return formats.date(value);
    }

    public String dateTime(java.time.Instant value) {
        return formats.dateTime(value);
    }

    public String dateTime(java.time.OffsetDateTime value) {
        return formats.dateTime(value);
    }

    public String date(java.time.OffsetDateTime value) {
        return value == null ? "" : formats.date(value.toInstant());
    }

    public String money(org.hearth.kernel.money.Money value) {
        return formats.money(value);
    }

    public String number(long value) {
        return formats.number(value);
    }

    public String language() {
        return language;
    }

    /** The other language, for the switch link. */
    public String other() {
        return "fr".equals(language) ? "en" : "fr";
    }

    public String t(String key, Object... args) {
        return new MessageFormat(BUNDLES.get(language).getString(key), Formats.locale(language)).format(args);
    }

    /** The message {@code key}, or {@code fallback} when neither language has one (codes that may grow, such as ledger kinds). */
    public String tOr(String key, String fallback) {
        return BUNDLES.get(language).containsKey(key) ? t(key) : fallback;
    }
}
