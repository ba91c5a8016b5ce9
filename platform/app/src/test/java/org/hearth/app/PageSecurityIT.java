package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * What an attacker finds first on the pages: sessions made for anyone who looks, a sign-in form
 * that can be posted from elsewhere, pages that can be framed or run injected script and style.
 */
class PageSecurityIT {

    private static final String EMAIL = "pages@example.org";
    private static final String PASSWORD = "pages are safe 2026";
    private static final List<String> PUBLIC_PAGES = List.of("/", "/login", "/signup", "/console/login", "/staff/login",
            "/console/invitation?token=not-a-token", "/account", "/account/settings", "/requests/NOPE-CODE", "/console", "/staff", "/board", "/transparency", "/board/impact");
    private static final Pattern SESSIONS = Pattern.compile("(?m)^hearth_sessions(?:\\{[^}]*})? (\\S+)$");
    private static Platform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        Http http = new Http(platform.port());
        assertThat(http.postJson("/api/v1/accounts", "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}").statusCode()).isEqualTo(201);
        assertThat(http.postJson("/api/v1/tenants", "{\"name\":\"Pages Co\",\"kind\":\"company\",\"contactEmail\":\"dpo@pages.example\","
                + "\"admin\":{\"email\":\"admin@pages.example\",\"password\":\"pages admin pass\"}}").statusCode()).isEqualTo(201);
        platform.modules().staff().add("staff@pages.example", "staff of the pages", Set.of("operator", "board"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("2,000 anonymous GETs of each public page (and of protected ones) create no server-side session and set no session cookie")
    void anonymousPagesCreateNoSession() throws Exception {
        HttpClient noCookies = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        double before = sessions();
        int sessionCookies = 0;
        for (String page : PUBLIC_PAGES) {
            for (int i = 0; i < 2_000; i++) {
                HttpResponse<String> response = noCookies.send(HttpRequest.newBuilder(URI.create(base() + page)).header("Accept", "text/html").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(page).isLessThan(500);
                if (response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("hearth.session="))) {
                    sessionCookies++;
                }
            }
        }
        double grown = sessions() - before;
        assertThat(sessionCookies).as("session cookies set for %d anonymous GETs", PUBLIC_PAGES.size() * 2_000).isZero();
        assertThat(grown).as("server-side sessions created").isZero();
    }

    @Test
    @DisplayName("A sign-in post without the signed double-submit cookie and token is refused 403 and signs no one in; the real form still signs in, in a new session")
    void loginFormNeedsTheDoubleSubmitToken() throws Exception {
        String form = "/login/callback?client_name=IndividualForm";
        Map<String, String> credentials = Map.of("email", EMAIL, "password", PASSWORD);
        Http attacker = new Http(platform.port());
        assertThat(attacker.postForm(form, credentials, "Accept", "text/html").statusCode()).as("no token at all").isEqualTo(403);
        String someonesToken = Http.csrfToken(new Http(platform.port()).get("/login", "Accept", "text/html"));
        assertThat(attacker.postForm(form, with(credentials, someonesToken), "Accept", "text/html").statusCode())
                .as("a token without its cookie").isEqualTo(403);
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String planted = "00ff.99999999999.0123456789abcdef";
        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(URI.create(base() + form)).header("Accept", "text/html")
                .header("Cookie", "hearth.csrf=" + planted).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + EMAIL + "&password=" + PASSWORD.replace(" ", "+") + "&pac4jCsrfToken=" + planted))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a cookie and token of the attacker's making").isEqualTo(403);
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("hearth.session="));
        assertThat(attacker.get("/api/v1/me").statusCode()).isEqualTo(401);

        Http browser = new Http(platform.port());
        HttpResponse<String> page = browser.get("/login", "Accept", "text/html");
        assertThat(page.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("hearth.csrf=") && c.toLowerCase(java.util.Locale.ROOT).contains("httponly") && c.contains("SameSite=Strict"));
        HttpResponse<String> first = browser.postForm(form, with(credentials, Http.csrfToken(page)), "Accept", "text/html");
        assertThat(first.headers().firstValue("Location")).hasValue("/account");
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);
        String firstSession = sessionCookie(first);
        HttpResponse<String> again = browser.login("/login", EMAIL, PASSWORD);
        assertThat(sessionCookie(again)).as("signing in again gets a new session id (no fixation)").isNotEqualTo(firstSession);
    }

    @Test
    @DisplayName("A visitor sent to sign in comes back to the page they asked for, without a session before signing in")
    void deepLinkSurvivesSignIn() {
        Http browser = new Http(platform.port());
        HttpResponse<String> asked = browser.get("/account/settings", "Accept", "text/html");
        assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(asked.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("hearth.session="));
        assertThat(browser.login("/login", EMAIL, PASSWORD).headers().firstValue("Location")).hasValue("/account/settings");
    }

    @Test
    @DisplayName("A planted return-to cookie naming another site is not followed after sign-in")
    void returnCookieCannotRedirectElsewhere() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base() + "/login")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String csrfCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("hearth.csrf="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base() + "/login/callback?client_name=IndividualForm"))
                .header("Accept", "text/html").header("Cookie", csrfCookie + "; hearth.return=%2F%2Fevil.example%2Fphish")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + EMAIL + "&password=" + PASSWORD.replace(" ", "+")
                        + "&pac4jCsrfToken=" + java.net.URLEncoder.encode(Http.csrfToken(page), java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValue("/account");
    }

    @Test
    @DisplayName("Every page family carries CSP, X-Frame-Options and no inline script, style or event handler, and links a cached stylesheet")
    void everyPageHasTheSecurityHeadersAndNoInlineCode() {
        Http individual = new Http(platform.port());
        individual.login("/login", EMAIL, PASSWORD);
        Http member = new Http(platform.port());
        member.login("/console/login", "admin@pages.example", "pages admin pass");
        Http staff = new Http(platform.port());
        staff.login("/staff/login", "staff@pages.example", "staff of the pages");
        Http anonymous = new Http(platform.port());
        Map<Http, List<String>> pages = Map.of(
                anonymous, List.of("/", "/login", "/signup", "/console/login", "/staff/login", "/console/invitation?token=x", "/transparency", "/no/such/page"),
                individual, List.of("/account", "/account/settings", "/account/agreements", "/account/access-log", "/account/access-report", "/account/records/new", "/account/delete"),
                member, List.of("/console", "/console/credentials", "/console/webhooks", "/console/team", "/console/plan", "/console/usage",
                        "/console/billing-details", "/console/pilots"),
                staff, List.of("/staff", "/board", "/board/impact", "/board/resolutions", "/board/reports", "/governance/ledger", "/staff/plans",
                        "/staff/gdpr/processing", "/staff/breaches", "/staff/breaches/new", "/staff/pilots"));
        String stylesheet = null;
        for (var entry : pages.entrySet()) {
            for (String path : entry.getValue()) {
                HttpResponse<String> page = entry.getKey().get(path, "Accept", "text/html");
                assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
                String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
                assertThat(csp).as("CSP of %s", path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                        "frame-ancestors 'none'", "form-action 'self'", "object-src 'none'", "base-uri 'none'").doesNotContain("unsafe-inline");
                assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
                assertThat(page.headers().firstValue("Strict-Transport-Security")).as("no HSTS over http: %s", path).isEmpty();
                String body = page.body().toLowerCase(java.util.Locale.ROOT);
                // The one script is a file of our own, linked; nothing inline.
                String scripts = body.replaceAll("<script src=\"/static/hearth\\.js\\?v=[0-9a-f]+\" defer></script>", "");
                assertThat(scripts).as(path).doesNotContain("<style").doesNotContain("<script");
                assertThat(Pattern.compile("<[^>]*\\s(style|on[a-z]+)\\s*=").matcher(body).find()).as("style= or on*= in %s", path).isFalse();
                Matcher link = Pattern.compile("<link rel=\"stylesheet\" href=\"(/static/hearth\\.css\\?v=[0-9a-f]+)\">").matcher(page.body());
                assertThat(link.find()).as("stylesheet link in %s", path).isTrue();
                stylesheet = link.group(1);
            }
        }
        HttpResponse<String> css = anonymous.get(stylesheet);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(css.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
        assertThat(css.body()).contains("font-family:system-ui");
        HttpResponse<String> js = anonymous.get(org.hearth.web.pages.StaticAssets.SCRIPT_HREF);
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(js.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
    }

    @Test
    @DisplayName("In a real Chromium, /login and the account page are styled from the stylesheet and the console shows no CSP violation")
    void pagesAreStyledInARealBrowser() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            Browser.open(browser, base() + "/login?lang=en", Browser.present(By.id("email")));
            assertThat(Browser.css(browser, By.tagName("body"), "max-width")).as("styled by hearth.css").isEqualTo("640px");
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/login-page.png"), browser.getScreenshotAs(OutputType.BYTES));
            Browser.type(browser, By.id("email"), EMAIL);
            Browser.type(browser, By.id("password"), PASSWORD);
            Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), Browser.shows(By.tagName("h1"), "My data"));
            assertThat(Browser.css(browser, By.tagName("body"), "max-width")).isEqualTo("640px");
            Files.write(Path.of("target/account-page.png"), browser.getScreenshotAs(OutputType.BYTES));
            List<String> violations = browser.manage().logs().get("browser").getAll().stream().map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
            assertThat(violations).isEmpty();
            // The check can fail: an inline style added to the page is refused, and the console says so.
            browser.executeScript("document.head.insertAdjacentHTML('beforeend', '<style>body{color:red}</style>')");
            Browser.await(browser, "the console to report the refused style", b -> b.manage().logs().get("browser").getAll().stream()
                    .anyMatch(e -> e.getMessage().contains("Content Security Policy")));
            assertThat(Browser.css(browser, By.tagName("body"), "color")).as("the injected style was not applied").isNotEqualTo("rgba(255, 0, 0, 1)");
        } finally {
            browser.quit();
        }
    }

    private static Map<String, String> with(Map<String, String> form, String token) {
        var all = new java.util.HashMap<>(form);
        all.put("pac4jCsrfToken", token);
        return all;
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("hearth.session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private static String base() {
        return "http://localhost:" + platform.port();
    }

    private static double sessions() throws IOException {
        String metrics = TestPlatform.metrics(platform.port());
        Matcher m = SESSIONS.matcher(metrics);
        if (!m.find()) {
            throw new AssertionError("no hearth_sessions metric");
        }
        return Double.parseDouble(m.group(1));
    }
}
