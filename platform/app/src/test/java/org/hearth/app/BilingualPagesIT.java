package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every page of every area, through real HTTP as the right kind of user, in French and in
 * English: a French page carries no English words, an English page no French ones. The
 * language comes from Accept-Language ({@code fr-CA} must mean French).
 */
class BilingualPagesIT {

    /** English a French page must not show (whole words, case-sensitive), month names included. */
    private static final List<String> ENGLISH = List.of("Sign out", "Sign in", "Save", "Delete", "Your", "your", "Agreements", "Records",
            "Settings", "Password", "Create", "Revoke", "Download", "History", "Status", "Staff", "Board", "Ledger", "Team",
            "Overview", "Credentials", "Skip to content", "Who", "When", "What", "Why", "Add", "Not found", "You are not allowed",
            "Authentication is required", "the", "and", "January", "February", "March", "April", "June", "July", "August", "September",
            "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    /** French an English page must not show. */
    private static final List<String> FRENCH = List.of("Se déconnecter", "Connexion", "Enregistrer", "Supprimer", "Votre", "Vos", "vos",
            "Mes", "Accords", "Paramètres", "Mot de passe", "Créer", "Révoquer", "Télécharger", "Historique", "Statut", "Conseil",
            "Comptabilité", "Équipe", "Aller au contenu", "Qui", "Quand", "Pourquoi", "Ajouter", "introuvable", "les", "des", "janv",
            "févr", "avr", "juil", "sept", "déc", "é", "è", "à");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LABELLED = Pattern.compile("(?:aria-label|title|placeholder|alt)=\"([^\"]*)\"");
    /** The language switch names the other language in that language; brand and technical words are the same in both. */
    private static final Pattern OTHER_LANGUAGE = Pattern.compile("<a [^>]*lang=\"(en|fr)\"[^>]*>[^<]*</a>");

    private static Platform platform;
    private static String requestCode;

    @BeforeAll
    static void start() {
        // The record of processing shows the operator's configured address as it is; the placeholder's
        // French street ("rue des Communs") would read as French on the English page, so the address here is neutral.
        platform = TestPlatform.start(Map.of("HEARTH_BILLING_SELLER_ADDRESS_LINE1", "12 Commons Row"));
        Http http = new Http(platform.port());
        String tenant = Tenants.register(http, "Coop Dundee");
        requestCode = Http.json(http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"Factures\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"Factures\",\"categories\":[\"dpv-pd:Utility\"],\"accessModes\":[\"deliver\"],\"durationDays\":365,"
                + "\"retentionDays\":30,\"lawfulBasis\":\"dpv:Contract\",\"policyUrl\":\"https://utility.example/privacy\"}",
                "Authorization", tenant)).getString("code");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("Visitors' pages (home, sign-in, sign-up) and the 401, 403 and 404 pages speak only the browser's language")
    void visitorsAndErrorPages() {
        Http visitor = new Http(platform.port());
        for (String path : List.of("/", "/login", "/login?error=1", "/login?logged_out=1", "/signup", "/staff/login", "/console/login",
                "/transparency", "/no/such/page")) {
            bothLanguages(visitor, path);
        }
        Http individual = individual("errors@example.org");
        assertThat(page(individual, "/staff", "fr").statusCode()).isEqualTo(403);
        bothLanguages(individual, "/staff");
        bothLanguages(individual, "/account/records/00000000-0000-0000-0000-000000000000");
        assertThat(page(visitor, "/api/v1/me/records", "fr").statusCode()).isEqualTo(401);
        bothLanguages(visitor, "/api/v1/me/records");
    }

    @Test
    @DisplayName("Every page of an individual's side speaks only the chosen language, signed in through the form")
    void individualPages() {
        Http individual = individual("pages@example.org");
        HttpResponse<String> created = individual.postForm("/account/records", Map.of("pac4jCsrfToken", Http.csrfToken(page(individual, "/account", "fr")),
                "title", "Facture", "type", "hearth:note/v1", "f.text", "montant 12"), "Accept", "text/html");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String record = created.headers().firstValue("Location").orElseThrow();
        individual.postForm("/account/settings/tokens", Map.of("pac4jCsrfToken", Http.csrfToken(page(individual, "/account", "fr")), "name", "script"),
                "Accept", "text/html");
        HttpResponse<String> accepted = individual.postForm("/requests/" + requestCode + "/accept",
                Map.of("pac4jCsrfToken", Http.csrfToken(page(individual, "/account", "fr"))), "Accept", "text/html");
        String agreement = accepted.headers().firstValue("Location").orElseThrow().replaceFirst("\\?.*", "");
        for (String path : List.of(agreement, agreement + "/revoke", agreement + "?done=agreement-accepted", "/account", "/account/records/new", "/account/records/new?type=hearth%3Abank-account%2Fv1", record, record + "/delete", "/account/access-log", "/account/access-report", "/account/settings", "/account/delete",
                "/account/agreements", "/account/agreements?done=request-declined", "/requests/" + requestCode)) {
            bothLanguages(individual, path);
        }
        assertThat(page(individual, "/account/agreements", "fr").body()).as("dates are localised").containsPattern("jusqu’au \\d{1,2} [a-zéû]+\\.? \\d{4}|jusqu'au \\d{1,2} [a-zéû]+\\.? \\d{4}");
    }

    @Test
    @DisplayName("Every staff page (home, board, resolutions, ledger, plans) speaks only the chosen language, with figures in its notation")
    void staffPages() {
        platform.modules().staff().add("both@hearth.example", "staff of both roles", java.util.Set.of("operator", "board"));
        Http staff = new Http(platform.port());
        assertThat(staff.login("/staff/login", "both@hearth.example", "staff of both roles").headers().firstValue("Location")).hasValue("/staff");
        HttpResponse<String> opened = staff.postForm("/governance/ledger/years", Map.of("pac4jCsrfToken", csrf(staff, "/governance/ledger"),
                "startsOn", "2025-04-01"), "Accept", "text/html");
        assertThat(opened.statusCode()).isEqualTo(303);
        // Every action ends with a notice of what it did, in the page's language.
        assertThat(opened.headers().firstValue("Location")).hasValue("/governance/ledger?done=year-opened");
        assertThat(page(staff, "/governance/ledger?done=year-opened", "en").body()).contains("id=\"done\">The financial year is open.");
        assertThat(page(staff, "/governance/ledger?done=year-opened", "fr").body()).contains("est ouvert.");
        assertThat(page(staff, "/governance/ledger?done=no-such-thing", "en").body()).as("only notices of the bundle, never text from the address")
                .doesNotContain("id=\"done\"");
        HttpResponse<String> entry = staff.postForm("/governance/ledger/entries", Map.of("pac4jCsrfToken", csrf(staff, "/governance/ledger"),
                "date", "2025-12-01", "kind", "revenue", "description", "Abonnements", "justification", "FAC-1", "debit", "1000", "credit", "4000",
                "amount", "27900.50"), "Accept", "text/html");
        assertThat(entry.statusCode()).as(entry.body()).isEqualTo(303);
        assertThat(staff.postForm("/board/meetings", Map.of("pac4jCsrfToken", csrf(staff, "/board/resolutions"), "heldOn", "2025-12-01",
                "kind", "general", "title", "AG 2025"), "Accept", "text/html").statusCode()).isEqualTo(303);
        String meeting = find(page(staff, "/board/resolutions", "fr").body(), "name=\"meetingId\">\\s*<option value=\"([^\"]+)\"");
        assertThat(staff.postForm("/board/resolutions", Map.of("pac4jCsrfToken", csrf(staff, "/board/resolutions"), "meetingId", meeting,
                "kind", "ordinary", "subject", "other", "title", "Budget", "body", "Budget"), "Accept", "text/html").statusCode()).isEqualTo(303);
        for (String path : List.of("/staff", "/board", "/board/impact", "/board/resolutions", "/board/reports", "/governance/ledger", "/staff/plans",
                "/staff/gdpr/processing", "/staff/breaches", "/staff/breaches/new", "/governance/ledger?done=year-closed",
                "/board/resolutions?done=resolution-proposed", "/board/resolutions?done=vote-recorded")) {
            bothLanguages(staff, path);
            assertThat(!path.contains("?done=") || page(staff, path, "en").body().contains("id=\"done\"")).as(path + " shows its notice").isTrue();
        }
        String ledger = page(staff, "/governance/ledger", "fr").body();
        assertThat(ledger).contains("27\u00a0900,50").contains("1 déc. 2025").contains("aria-current=\"page\">Comptabilité<");
        assertThat(page(staff, "/governance/ledger", "en").body()).contains("27900.50").contains("2025-12-01");
    }

    @Test
    @DisplayName("Every console page, and the invitation a colleague opens, speaks only the chosen language")
    void consolePages() {
        Http admin = new Http(platform.port());
        assertThat(admin.login("/console/login", "admin@coop-dundee.example", "a strong admin pass").headers().firstValue("Location"))
                .hasValue("/console");
        HttpResponse<String> invited = admin.postForm("/console/team/invitations", Map.of("pac4jCsrfToken", csrf(admin, "/console/team"),
                "email", "colleague@coop-dundee.example", "role", "developer"), "Accept", "text/html");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String link = find(invited.body(), "id=\"invitation-link\">([^<]+)<").replace("&amp;", "&");
        for (String path : List.of("/console", "/console/credentials", "/console/webhooks", "/console/team", "/console/invoices", "/console/plan",
                "/console/usage", "/console/usage?period=2026-01", "/console/billing-details",
                "/console/webhooks/00000000-0000-0000-0000-000000000000", "/console?done=request-published", "/console?done=request-closed",
                "/console/credentials?done=credential-revoked", "/console/team?done=member-removed", "/console/team?done=role-changed")) {
            bothLanguages(admin, path);
            assertThat(!path.contains("?done=") || page(admin, path, "en").body().contains("id=\"done\"")).as(path + " shows its notice").isTrue();
        }
        bothLanguages(new Http(platform.port()), link.substring(link.indexOf("/console/invitation")));
        bothLanguages(new Http(platform.port()), "/console/invitation?token=not-a-token");
    }

    @Test
    @DisplayName("A pilot's pages speak only the chosen language: the public body's list, form and pilot, the operator's, and the invitation")
    void pilotPages() {
        Http http = new Http(platform.port());
        String body = Tenants.register(http, "NHS Kiruna", "public_body");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        HttpResponse<String> proposed = http.postJson("/api/v1/tenant/pilots", "{\"title\":\"Kiruna 2026\",\"purpose\":\"dpv:ScientificResearch\","
                + "\"description\":\"Kiruna 2026\",\"categories\":[\"dpv-pd:HealthRecord\"],\"fields\":[{\"schema\":\"hearth:sleep/v1\","
                + "\"field\":\"hours\",\"kind\":\"numeric\",\"lower\":0,\"upper\":14,\"decimals\":1,\"bins\":[0,7,14]},{\"schema\":\"hearth:sleep/v1\","
                + "\"field\":\"region\",\"kind\":\"categorical\",\"categories\":[\"north\",\"south\"]}],\"targetCohort\":50,"
                + "\"startsOn\":\"" + today + "\",\"endsOn\":\"" + today.plusDays(30) + "\",\"funding\":{\"amount\":\"12000.00\",\"currency\":\"GBP\"},"
                + "\"policyUrl\":\"https://kiruna.example/privacy\"}", "Authorization", body);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String id = Http.json(proposed).getString("id");
        Http admin = new Http(platform.port());
        assertThat(admin.login("/console/login", "admin@nhs-kiruna.example", "a strong admin pass").headers().firstValue("Location")).hasValue("/console");
        bothLanguages(admin, "/console/pilots");
        bothLanguages(admin, "/console/pilots/" + id);
        Staff operator = Staff.signIn(platform, "pilot-pages@hearth.example", "pilot pages operator", java.util.Set.of("operator"));
        bothLanguages(operator.http, "/staff/pilots");
        bothLanguages(operator.http, "/staff/pilots/" + id);
        String code = operator.post("/api/v1/operator/pilots/" + id + "/decision", "{\"decision\":\"approve\"}", 200)
                .getJsonObject("invitation").getString("code");
        bothLanguages(operator.http, "/staff/pilots/" + id);
        bothLanguages(admin, "/console/pilots/" + id);
        bothLanguages(individual("pilot-pages@example.org"), "/requests/" + code);
    }

    private static String csrf(Http http, String path) {
        return Http.csrfToken(page(http, path, "en"));
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
        return matcher.group(1);
    }

    private static Http individual(String email) {
        Http http = new Http(platform.port());
        assertThat(http.postJson("/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"a long enough password\"}").statusCode()).isEqualTo(201);
        assertThat(http.login("/login", email, "a long enough password").headers().firstValue("Location")).hasValue("/account");
        return http;
    }

    static HttpResponse<String> page(Http http, String path, String language) {
        return http.get(path, "Accept", "text/html,application/xhtml+xml", "Accept-Language",
                "fr".equals(language) ? "fr-CA,fr;q=0.9,en;q=0.3" : "en-GB,en;q=0.9,fr;q=0.2");
    }

    /** Fetches {@code path} in French then in English and fails on any word of the other language. */
    static void bothLanguages(Http http, String path) {
        check(http, path, "fr", ENGLISH);
        check(http, path, "en", FRENCH);
    }

    private static void check(Http http, String path, String language, List<String> forbidden) {
        HttpResponse<String> response = page(http, path, language);
        String body = response.body();
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(body).as("%s in %s", path, language).contains("<html lang=\"" + language + "\">");
        String text = visibleText(body);
        List<String> found = new ArrayList<>();
        for (String word : forbidden) {
            Pattern pattern = word.length() == 1 ? Pattern.compile(Pattern.quote(word))
                    : Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])");
            if (pattern.matcher(text).find()) {
                found.add(word);
            }
        }
        assertThat(found).as("words of the other language on %s (%s): %s", path, language, text).isEmpty();
    }

    /** What a reader sees or hears: text between tags and the labels of controls, without the other language's switch link. */
    static String visibleText(String html) {
        String withoutSwitch = OTHER_LANGUAGE.matcher(html.replaceAll("(?s)<head>.*?</head>", "")).replaceAll(" ");
        StringBuilder labels = new StringBuilder();
        Matcher labelled = LABELLED.matcher(withoutSwitch);
        while (labelled.find()) {
            labels.append(' ').append(labelled.group(1));
        }
        String text = TAG.matcher(withoutSwitch).replaceAll(" ") + labels;
        return text.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ");
    }
}
