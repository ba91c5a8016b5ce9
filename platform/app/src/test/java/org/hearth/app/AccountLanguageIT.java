package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages' language chosen from the account (issue 10 §5): what a person chose follows them to
 * a fresh browser whose Accept-Language says otherwise, whether they chose it on the settings
 * page, with the switch on a page, or at sign-up; and the API shows and takes it.
 */
class AccountLanguageIT {

    private static final String PASSWORD = "a long enough password";
    private static final String ENGLISH_BROWSER = "en-GB,en;q=0.9";
    private static final String FRENCH_BROWSER = "fr-FR,fr;q=0.9";

    private static Platform platform;
    private static String base;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        base = "http://localhost:" + platform.port();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("French chosen on the settings page follows the individual to a fresh English browser; the switch there stores English")
    void settingsPageAndSwitchFollowTheIndividual() throws Exception {
        assertThat(new Http(platform.port()).postJson("/api/v1/accounts", "{\"email\":\"claire@example.org\",\"password\":\"" + PASSWORD + "\"}")
                .statusCode()).isEqualTo(201);
        ChromeDriver first = Browser.start(ENGLISH_BROWSER);
        try {
            signIn(first, "My data");
            assertThat(Browser.attribute(first, By.tagName("html"), "lang")).as("never chosen: the browser's English").isEqualTo("en");
            first.manage().window().setSize(new Dimension(320, 900));
            Browser.navigate(first, By.linkText("Settings"), Browser.present(By.cssSelector("input[name=language][value=fr]")));
            Browser.await(first, "a 320 px wide window", d -> ((Number) first.executeScript("return window.innerWidth")).intValue() <= 330);
            assertThat((Boolean) first.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the settings page fits 320 px without scrolling sideways").isTrue();
            assertThat(first.findElement(By.cssSelector("input[name=language][value=fr]")).getAccessibleName()).isEqualTo("Français");
            assertThat(first.findElement(By.cssSelector("input[name=language][value=en]")).getAccessibleName()).isEqualTo("English");
            assertThat(first.findElement(By.cssSelector("input[name=language][value=en]")).isSelected()).as("the page's language is preselected").isTrue();
            // With the keyboard: focus the English choice, arrow to French, submit.
            first.findElement(By.cssSelector("input[name=language][value=en]")).sendKeys(Keys.ARROW_DOWN);
            Browser.await(first, "French chosen with the keyboard", d -> d.findElement(By.cssSelector("input[name=language][value=fr]")).isSelected());
            Browser.navigate(first, By.cssSelector("form[action='/account/settings/language'] button[type=submit]"),
                    Browser.shows(By.cssSelector("[role=status]"), "Vos pages sont maintenant en français"));
            assertThat(Browser.attribute(first, By.tagName("html"), "lang")).isEqualTo("fr");
        } finally {
            first.quit();
        }

        ChromeDriver second = Browser.start(ENGLISH_BROWSER);
        try {
            Browser.open(second, base + "/login", Browser.present(By.id("email")));
            assertThat(Browser.attribute(second, By.tagName("html"), "lang")).as("a visitor gets the browser's language").isEqualTo("en");
            Browser.type(second, By.id("email"), "claire@example.org");
            Browser.type(second, By.id("password"), PASSWORD);
            Browser.navigate(second, By.cssSelector("main form button[type=submit]"), Browser.shows(By.tagName("h1"), "Mes données"));
            assertThat(Browser.attribute(second, By.tagName("html"), "lang")).as("signed in: the account's French").isEqualTo("fr");
            Browser.navigate(second, By.linkText("Paramètres"), Browser.shows(By.tagName("h1"), "Paramètres"));
            assertThat(second.findElement(By.cssSelector("input[name=language][value=fr]")).isSelected()).as("the stored choice is shown").isTrue();
            // The switch on the page, while signed in, stores the other language in the account.
            Browser.navigate(second, By.cssSelector("nav a[lang=en]"), Browser.shows(By.tagName("h1"), "Settings"));
            Browser.navigate(second, By.linkText("My data"), Browser.shows(By.tagName("h1"), "My data"));
        } finally {
            second.quit();
        }

        Http third = new Http(platform.port());
        assertThat(third.login("/login", "claire@example.org", PASSWORD).headers().firstValue("Location")).hasValue("/account");
        assertThat(third.get("/account", "Accept", "text/html", "Accept-Language", FRENCH_BROWSER).body())
                .as("a third, French browser gets the English the switch stored").contains("<html lang=\"en\">");
        assertThat(me("claire@example.org").getString("language")).isEqualTo("en");
    }

    @Test
    @DisplayName("The settings form refuses a language not offered and a form without its CSRF token, and changes nothing")
    void settingsFormRefusesBadInput() {
        Http browser = signedUp("refused@example.org");
        String csrf = Http.csrfToken(browser.get("/account/settings", "Accept", "text/html"));
        HttpResponse<String> german = browser.postForm("/account/settings/language", Map.of("pac4jCsrfToken", csrf, "language", "de"),
                "Accept", "text/html", "Accept-Language", FRENCH_BROWSER);
        assertThat(german.statusCode()).isEqualTo(422);
        assertThat(german.body()).contains("Choisissez l'anglais ou le français").contains("<html lang=\"fr\">");
        HttpResponse<String> forged = browser.postForm("/account/settings/language", Map.of("language", "en"),
                "Accept", "text/html", "Accept-Language", FRENCH_BROWSER);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(me("refused@example.org").getValue("language")).as("nothing stored").isNull();
        HttpResponse<String> chosen = browser.postForm("/account/settings/language", Map.of("pac4jCsrfToken", csrf, "language", "en"),
                "Accept", "text/html", "Accept-Language", FRENCH_BROWSER);
        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(chosen.body()).contains("Your pages are now in English").contains("<html lang=\"en\">");
        assertThat(me("refused@example.org").getString("language")).isEqualTo("en");
    }

    @Test
    @DisplayName("Signing up on the French page makes a French account: its pages are French in an English browser")
    void signUpPageStoresItsLanguage() {
        Http visitor = new Http(platform.port());
        HttpResponse<String> form = visitor.get("/signup?lang=fr", "Accept", "text/html");
        assertThat(form.body()).contains("<html lang=\"fr\">");
        HttpResponse<String> signedUp = visitor.postForm("/signup", Map.of("pac4jCsrfToken", Http.csrfToken(form), "email", "amelie@example.org",
                "password", PASSWORD, "confirm", PASSWORD), "Accept", "text/html");
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(303);
        assertThat(signedUp.headers().firstValue("Location")).as("signing up signs in").hasValue("/account?done=signed-up");
        HttpResponse<String> welcome = visitor.get("/account?done=signed-up", "Accept", "text/html");
        assertThat(welcome.statusCode()).isEqualTo(200);
        assertThat(welcome.body()).contains("<html lang=\"fr\">").contains("Bienvenue");
        assertThat(me("amelie@example.org").getString("language")).isEqualTo("fr");
        Http english = signedIn("amelie@example.org");
        assertThat(english.get("/account", "Accept", "text/html", "Accept-Language", ENGLISH_BROWSER).body()).contains("<html lang=\"fr\">");
        // A browser whose switch was last used, signed out, for English: signed in, the account's French comes first.
        Http switched = new Http(platform.port());
        assertThat(switched.get("/login?lang=en", "Accept", "text/html").body()).contains("<html lang=\"en\">");
        assertThat(switched.login("/login", "amelie@example.org", PASSWORD).headers().firstValue("Location")).hasValue("/account");
        assertThat(switched.get("/account", "Accept", "text/html", "Accept-Language", ENGLISH_BROWSER).body())
                .as("the account's language before the cookie").contains("<html lang=\"fr\">");
    }

    @Test
    @DisplayName("A team member's switch on the console is stored: their next browser, English, shows the console in French")
    void teamMemberGetsTheirStoredLanguage() {
        Tenants.register(new Http(platform.port()), "Coop Langues");
        Http first = member();
        assertThat(first.get("/console", "Accept", "text/html", "Accept-Language", ENGLISH_BROWSER).body()).contains("<html lang=\"en\">");
        assertThat(first.get("/console?lang=fr", "Accept", "text/html", "Accept-Language", ENGLISH_BROWSER).body()).contains("<html lang=\"fr\">");

        Http second = member();
        assertThat(second.get("/console/team", "Accept", "text/html", "Accept-Language", ENGLISH_BROWSER).body())
                .as("the member's stored French, not the browser's English").contains("<html lang=\"fr\">");
        Http other = new Http(platform.port());
        Tenants.register(other, "Coop Autre");
        Http colleague = new Http(platform.port());
        colleague.login("/console/login", "admin@coop-autre.example", "a strong admin pass");
        assertThat(colleague.get("/console", "Accept", "text/html", "Accept-Language", ENGLISH_BROWSER).body())
                .as("another tenant's member chose nothing").contains("<html lang=\"en\">");
    }

    @Test
    @DisplayName("A staff member's switch is stored: their next browser, English, shows the staff pages in French")
    void staffMemberGetsTheirStoredLanguage() {
        platform.modules().staff().add("polyglot@hearth.example", "staff in two languages", Set.of("operator"));
        Http first = staff();
        assertThat(first.get("/staff", "Accept", "text/html", "Accept-Language", ENGLISH_BROWSER).body()).contains("<html lang=\"en\">");
        assertThat(first.get("/staff?lang=fr", "Accept", "text/html", "Accept-Language", ENGLISH_BROWSER).body()).contains("<html lang=\"fr\">");

        Http second = staff();
        assertThat(second.get("/staff", "Accept", "text/html", "Accept-Language", ENGLISH_BROWSER).body())
                .as("the staff member's stored French").contains("<html lang=\"fr\">");
        assertThat(second.get("/staff?lang=en", "Accept", "text/html", "Accept-Language", FRENCH_BROWSER).body()).contains("<html lang=\"en\">");
        assertThat(staff().get("/staff", "Accept", "text/html", "Accept-Language", FRENCH_BROWSER).body())
                .as("switched back to English, in a French browser too").contains("<html lang=\"en\">");
    }

    @Test
    @DisplayName("The API: POST /api/v1/accounts takes an optional language, GET /api/v1/me shows it (null when never chosen)")
    void apiFields() {
        Http http = new Http(platform.port());
        HttpResponse<String> french = http.postJson("/api/v1/accounts", "{\"email\":\"api-fr@example.org\",\"password\":\"" + PASSWORD
                + "\",\"language\":\"fr\"}");
        assertThat(french.statusCode()).as(french.body()).isEqualTo(201);
        assertThat(Http.json(french).getString("language")).isEqualTo("fr");
        assertThat(me("api-fr@example.org").getString("language")).isEqualTo("fr");

        HttpResponse<String> none = http.postJson("/api/v1/accounts", "{\"email\":\"api-none@example.org\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(Http.json(none).containsKey("language")).isTrue();
        assertThat(Http.json(none).getValue("language")).isNull();
        JsonObject meNone = me("api-none@example.org");
        assertThat(meNone.containsKey("language")).as("the field is there, null").isTrue();
        assertThat(meNone.getValue("language")).isNull();

        for (String bad : new String[] {"\"de\"", "\"FR\"", "\"\"", "12", "[\"fr\"]", "{}"}) {
            HttpResponse<String> refused = http.postJson("/api/v1/accounts", "{\"email\":\"api-bad@example.org\",\"password\":\"" + PASSWORD
                    + "\",\"language\":" + bad + "}");
            assertThat(refused.statusCode()).as(bad).isBetween(400, 422).isNotEqualTo(401).isNotEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
        HttpResponse<String> after = http.postJson("/api/v1/accounts", "{\"email\":\"api-bad@example.org\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(after.statusCode()).as("no refused request created the account").isEqualTo(201);
    }

    private static void signIn(ChromeDriver browser, String heading) {
        Browser.open(browser, base + "/login", Browser.present(By.id("email")));
        Browser.type(browser, By.id("email"), "claire@example.org");
        Browser.type(browser, By.id("password"), PASSWORD);
        Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), Browser.shows(By.tagName("h1"), heading));
    }

    /** The account as GET /api/v1/me shows it, through HTTP Basic and a fresh personal access token. */
    private static JsonObject me(String email) {
        Http http = new Http(platform.port());
        HttpResponse<String> token = http.postJson("/api/v1/me/tokens", "{\"name\":\"language check\"}", "Authorization", Http.basic(email, PASSWORD));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        HttpResponse<String> me = http.get("/api/v1/me", "Authorization", Http.bearer(Http.json(token).getString("token")));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        return Http.json(me);
    }

    /** An account made through the API (no language), signed in through the form. */
    private static Http signedUp(String email) {
        Http http = new Http(platform.port());
        HttpResponse<String> created = http.postJson("/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return signedIn(email);
    }

    private static Http signedIn(String email) {
        Http http = new Http(platform.port());
        assertThat(http.login("/login", email, PASSWORD).headers().firstValue("Location")).hasValue("/account");
        return http;
    }

    private static Http member() {
        Http http = new Http(platform.port());
        assertThat(http.login("/console/login", "admin@coop-langues.example", "a strong admin pass").headers().firstValue("Location"))
                .hasValue("/console");
        return http;
    }

    private static Http staff() {
        Http http = new Http(platform.port());
        assertThat(http.login("/staff/login", "polyglot@hearth.example", "staff in two languages").headers().firstValue("Location"))
                .hasValue("/staff");
        return http;
    }

    @Test
    @DisplayName("Times are shown in the language's usual zone, or the one chosen on the settings page (kept in the browser); an unknown zone is refused and changes nothing")
    void timesInThePersonsZone() {
        Http http = new Http(platform.port());
        String token = Http.bearer(TestPlatform.individual(http, "zone@example.org", PASSWORD));
        http.get("/api/v1/me/export", "Authorization", token); // an access of one's own, listed with its time
        Http browser = new Http(platform.port());
        browser.login("/login", "zone@example.org", PASSWORD);

        java.time.Instant before = java.time.Instant.now().minusSeconds(60);
        HttpResponse<String> settings = browser.get("/account/settings?lang=en", "Accept", "text/html");
        assertThat(settings.body()).contains("<option value=\"Europe/London\" selected>United Kingdom (London)</option>");
        HttpResponse<String> refused = browser.postForm("/account/settings/time-zone", Map.of("pac4jCsrfToken", Http.csrfToken(settings),
                "zone", "Mars/Olympus_Mons"), "Accept", "text/html");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("hearth.tz="));

        HttpResponse<String> chosen = browser.postForm("/account/settings/time-zone", Map.of("pac4jCsrfToken", Http.csrfToken(settings),
                "zone", "Pacific/Noumea"), "Accept", "text/html");
        assertThat(chosen.headers().firstValue("Location")).hasValue("/account/settings?done=time-zone-saved");
        assertThat(browser.get("/account/settings?done=time-zone-saved&lang=en", "Accept", "text/html").body())
                .contains("Times are now shown in the time zone you chose.").contains("<option value=\"Pacific/Noumea\" selected>");
        String log = browser.get("/account/access-log?lang=en", "Accept", "text/html").body();
        var noumea = org.hearth.web.pages.Formats.of("en", java.time.ZoneId.of("Pacific/Noumea"));
        boolean shown = false;
        for (java.time.Instant t = before; !t.isAfter(java.time.Instant.now().plusSeconds(60)); t = t.plusSeconds(60)) {
            shown |= log.contains(noumea.dateTime(t));
        }
        assertThat(shown).as("the export's time in Nouméa time, in %s", log).isTrue();
    }
}
