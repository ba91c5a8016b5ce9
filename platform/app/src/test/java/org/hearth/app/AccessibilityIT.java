package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 14, for everyone: axe-core (Deque's engine, the npm package's axe.min.js as Deque ships it
 * for Selenium) runs on every page of every area, in both languages, with the WCAG 2.0, 2.1 and
 * 2.2 A and AA rules, in a real headless Chromium; and each page is shown 320 CSS pixels wide
 * (WCAG 1.4.10, reflow) and must not scroll sideways. Any violation fails, listed by page and rule.
 */
class AccessibilityIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create().staff("a11y@hearth.example", "staff pages for all", "operator", "board");

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static String record;
    private static String agreement;
    private static String requestCode;

    @BeforeAll
    static void world() {
        Http http = new Http(web.platform().port());
        String tenant = Tenants.register(http, "Access Energy");
        requestCode = Http.json(http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"Your bills\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"We send your bills.\",\"categories\":[\"dpv-pd:Address\"],\"accessModes\":[\"read\"],\"durationDays\":30,"
                + "\"retentionDays\":0,\"lawfulBasis\":\"dpv:Contract\",\"policyUrl\":\"https://access.example/privacy\"}", "Authorization", tenant)).getString("code");
        String token = TestPlatform.individual(http, "a11y@example.org", "pages for everyone");
        record = Http.json(http.postJson("/api/v1/me/records", "{\"schema\":\"hearth:address/v1\",\"category\":\"dpv-pd:Address\",\"title\":\"Home\","
                + "\"data\":{\"line1\":\"1 High Street\",\"city\":\"Dundee\",\"country\":\"GB\"}}", "Authorization", Http.bearer(token))).getString("id");
        String second = Http.json(http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"Moving home\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"We move your contract.\",\"categories\":[\"dpv-pd:Address\"],\"accessModes\":[\"read\"],\"durationDays\":30,"
                + "\"retentionDays\":10,\"lawfulBasis\":\"dpv:Contract\",\"policyUrl\":\"https://access.example/privacy\"}", "Authorization", tenant)).getString("code");
        agreement = Http.json(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + second + "\"}", "Authorization", Http.bearer(token))).getString("id");
        http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant);
        java.util.UUID me = java.util.UUID.fromString(Http.json(http.get("/api/v1/me", "Authorization", Http.bearer(token))).getString("id"));
        for (String state : List.of("importing", "done", "failed")) {
            IMPORTS.add("/account/import/jobs/" + importJob(me, state));
        }
        // No SMTP server here: the sign-up's confirmation is kept in the local outbox, where staff open it.
        Eventually.await(java.time.Duration.ofSeconds(30), "the confirmation kept in the local outbox", () -> keptMail() != null);
        STAFF.add("/staff/outbox/" + keptMail());
    }

    private static final List<String> IMPORTS = new ArrayList<>();

    /** An import of the person's in {@code state}, as its page shows it (held back from the worker: only its page is under test here). */
    private static java.util.UUID importJob(java.util.UUID individual, String state) {
        var j = org.hearth.schema.generated.datastore.Tables.IMPORT_JOBS;
        java.util.UUID id = java.util.UUID.randomUUID();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        web.platform().db().system(org.hearth.kernel.actor.CallContext.system("test.a11y"), dsl -> dsl.insertInto(j)
                .set(j.ID, id).set(j.INDIVIDUAL_ID, individual).set(j.FORMAT, "linky").set(j.STATUS, state).set(j.TOTAL, 450)
                .set(j.DONE, "done".equals(state) ? 450 : 200).set(j.PARTS, 3).set(j.NEXT_PART, "done".equals(state) ? 3 : 1)
                .set(j.NEXT_ATTEMPT_AT, now.plusDays(1)).set(j.REQUESTED_AT, now).set(j.STARTED_AT, now)
                .set(j.FINISHED_AT, "importing".equals(state) ? null : now).set(j.EXPIRES_AT, now.plusDays(7)).execute());
        return id;
    }

    private static String keptMail() {
        var q = org.hearth.schema.generated.datastore.Tables.MAIL_QUEUE;
        return web.platform().db().system(org.hearth.kernel.actor.CallContext.system("test.a11y"),
                dsl -> dsl.select(q.ID).from(q).where(q.STATUS.eq("local")).limit(1).fetchOne(q.ID)) instanceof java.util.UUID id ? id.toString() : null;
    }

    private static final Map<String, List<String>> VISITOR = Map.of("/login", List.of("/", "/login", "/signup", "/signup/move", "/console/login", "/staff/login",
            "/transparency", "/no/such/page", "/account/confirm-email?token=hconf_not-a-real-one", "/account/confirm-email?failed=1"));

    private static List<String> individualPages() {
        return java.util.stream.Stream.concat(IMPORTS.stream(), java.util.stream.Stream.of("/account", "/account/records/new", "/account/records/new?type=hearth%3Ahealth-summary%2Fv1", "/account/records/" + record,
                "/account/records/" + record + "/delete", "/account/import", "/account/agreements", "/account/access-log", "/account/access-report",
                "/account/notifications", "/account/export", "/account/settings", "/account/delete", "/requests/" + requestCode, "/account/agreements/" + agreement,
                "/account/agreements/" + agreement + "/revoke")).toList();
    }

    private static final List<String> CONSOLE = List.of("/console", "/console/credentials", "/console/webhooks", "/console/team", "/console/plan",
            "/console/usage", "/console/billing-details", "/console/pilots");

    private static final List<String> STAFF = new ArrayList<>(List.of("/staff", "/board", "/board/impact", "/board/resolutions", "/board/reports",
            "/governance/ledger", "/staff/plans", "/staff/gdpr/processing", "/staff/breaches", "/staff/breaches/new", "/staff/pilots", "/staff/outbox"));

    @Test
    @DisplayName("Every page of every area, in English and French: no WCAG 2.2 A/AA violation, and no sideways scrolling at 320 px")
    void everyPage() {
        Map<String, List<String>> areas = new LinkedHashMap<>();
        areas.put("visitor", VISITOR.get("/login"));
        areas.put("individual", individualPages());
        areas.put("member", CONSOLE);
        areas.put("staff", STAFF);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String language : List.of("en", "fr")) {
            for (var area : areas.entrySet()) {
                signIn(area.getKey(), language);
                for (String path : area.getValue()) {
                    String url = web.base() + path + (path.contains("?") ? "&" : "?") + "lang=" + language;
                    Browser.open(web.browser(), url, Browser.present(By.tagName("main")));
                    if (IMPORTS.contains(path) && !Browser.text(web.browser(), By.tagName("main")).contains("450")) {
                        problems.add(path + " [" + language + "]: the import's page does not show it");
                    }
                    wide(web.browser(), 1280);
                    Results results = new AxeBuilder().withTags(TAGS).analyze(web.browser());
                    for (Rule rule : results.getViolations()) {
                        problems.add(area.getKey() + " " + path + " [" + language + "]: " + rule.getId() + " (" + rule.getImpact() + ") "
                                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList());
                    }
                    wide(web.browser(), 320);
                    Object overflow = web.browser().executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    if (((Number) overflow).intValue() > 0) {
                        problems.add(area.getKey() + " " + path + " [" + language + "]: scrolls sideways at 320 px by " + overflow + " px");
                    }
                    wide(web.browser(), 1280);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(70);
        assertThat(problems).as("accessibility problems on %d pages", checked).isEmpty();
    }

    private static void signIn(String area, String language) {
        switch (area) {
            case "visitor" -> web.browser().manage().deleteAllCookies();
            case "individual" -> web.signIn("/login?lang=" + language, "a11y@example.org", "pages for everyone");
            case "member" -> web.signIn("/console/login?lang=" + language, "admin@access-energy.example", "a strong admin pass");
            default -> web.signIn("/staff/login?lang=" + language, "a11y@hearth.example", "staff pages for all");
        }
    }

    /** Shows the page as a screen {@code width} CSS pixels wide (the device metrics Chromium lays the page out for). */
    private static void wide(org.openqa.selenium.chrome.ChromeDriver browser, int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    }
}
