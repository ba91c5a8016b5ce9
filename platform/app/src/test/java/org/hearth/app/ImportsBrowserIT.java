package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 14, data from everywhere, in a real headless Chromium: each kind of file Hearth reads is
 * uploaded on the import page, shown before anything is saved, confirmed, and becomes typed
 * records that say where they came from; a file of no known kind is refused in words.
 */
class ImportsBrowserIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create().env("HEARTH_MAX_ATTACHMENT_BYTES", "4096");

    private static final String PASSWORD = "imports from everywhere";
    private static String token;

    @BeforeAll
    static void account() {
        Http http = new Http(web.platform().port());
        token = TestPlatform.individual(http, "imports@example.org", PASSWORD);
        for (String french : List.of("fr-imports@example.org", "fr-large@example.org", "fr-formats@example.org")) {
            assertThat(http.postJson("/api/v1/accounts", "{\"email\":\"" + french + "\",\"password\":\"" + PASSWORD + "\",\"language\":\"fr\"}")
                    .statusCode()).isEqualTo(201);
        }
    }

    private static Path sample(String name) {
        try {
            return Path.of(ImportsBrowserIT.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uploads the file on a 320-px phone, checks the preview fits the screen, confirms; returns the preview's summary. */
    private static String importFile(String name) {
        Browser.phone(web.browser());
        Browser.open(web.browser(), web.base() + "/account/import", Browser.present(By.id("file")));
        Browser.attach(web.browser(), By.id("file"), sample(name));
        Browser.navigate(web.browser(), By.id("read"), Browser.present(By.id("summary")));
        assertThat(Browser.overflow(web.browser())).as(name + "'s preview scrolls sideways at 320 px").isLessThanOrEqualTo(0);
        String summary = Browser.text(web.browser(), By.id("summary"));
        Browser.navigate(web.browser(), By.id("confirm"), Browser.all(Browser.at("done=imported"), Browser.present(By.id("done"))));
        return summary;
    }

    @Test
    @DisplayName("Contacts, a calendar, a health summary, an activity track and a Linky export become typed records that name their source")
    void everyFormat() {
        web.signIn("/login?lang=en", "imports@example.org", PASSWORD);
        assertThat(importFile("contacts.vcf")).contains("Contacts (vCard)").contains("2 records");
        assertThat(importFile("calendar.ics")).contains("Calendar (iCalendar)").contains("2 records");
        assertThat(importFile("ips.json")).contains("Health summary (FHIR)").contains("one record");
        assertThat(importFile("ride.gpx")).contains("Activity track (GPX)").contains("one record");
        assertThat(importFile("run.tcx")).contains("Activity from a watch (TCX)").contains("one record");
        assertThat(importFile("linky.csv")).contains("Electricity consumption (Linky)").contains("3 records");
        assertThat(importFile("statement.camt.xml")).contains("Bank statement (CAMT.053)").contains("2 records");
        assertThat(importFile("statement.ofx")).contains("Bank statement (OFX)").contains("2 records");

        Http http = new Http(web.platform().port());
        JsonArray items = Http.json(http.get("/api/v1/me/records?limit=100", "Authorization", Http.bearer(token))).getJsonArray("items");
        Map<String, JsonObject> byTitle = new java.util.HashMap<>();
        items.forEach(i -> byTitle.put(((JsonObject) i).getString("title"), (JsonObject) i));
        assertThat(byTitle).containsKeys("Ada Lovelace", "Jeanne Baret", "Dentist", "Family holidays", "Health summary (FHIR)", "Morning ride", "Run 2026-11-28",
                "Linky 2026-11-01", "Linky 2026-11-02", "Linky 2026-11-03");
        JsonObject ada = byTitle.get("Ada Lovelace");
        assertThat(ada.getString("schema")).isEqualTo("hearth:contact-card/v1");
        assertThat(ada.getJsonObject("data").getString("email")).isEqualTo("ada@example.org");
        assertThat(ada.getJsonObject("provenance").getString("kind")).isEqualTo("import");
        assertThat(ada.getJsonObject("provenance").getString("format")).isEqualTo("vcard");
        JsonObject dentist = byTitle.get("Dentist").getJsonObject("data");
        assertThat(dentist.getString("startDate")).isEqualTo("2026-12-15");
        assertThat(dentist.getString("startTime")).isEqualTo("09:30");
        assertThat(dentist.getString("location")).isEqualTo("12 Perth Road, Dundee");
        assertThat(byTitle.get("Family holidays").getJsonObject("data").getString("endDate")).isEqualTo("2026-12-27");
        JsonObject health = byTitle.get("Health summary (FHIR)").getJsonObject("data");
        assertThat(health.getJsonArray("allergies")).containsExactly("Penicillin");
        assertThat(health.getJsonArray("medications")).containsExactly("Salbutamol 100 micrograms inhaler");
        assertThat(health.getJsonArray("vaccinations").getJsonObject(0).getMap()).containsEntry("name", "Tetanus").containsEntry("date", "2024-03-02");
        JsonObject ride = byTitle.get("Morning ride").getJsonObject("data");
        assertThat(ride.getDouble("distanceKm")).isBetween(1.99, 2.01);
        assertThat(ride.getDouble("durationMinutes")).isEqualTo(20.0);
        assertThat(ride.getInteger("points")).isEqualTo(3);
        JsonObject run = byTitle.get("Run 2026-11-28");
        assertThat(run.getJsonObject("provenance").getString("format")).isEqualTo("tcx");
        assertThat(run.getJsonObject("data").getDouble("distanceKm")).as("the laps' distances, as the watch measured them").isEqualTo(9.0);
        assertThat(run.getJsonObject("data").getDouble("durationMinutes")).isEqualTo(45.0);
        assertThat(run.getJsonObject("data").getInteger("points")).isEqualTo(3);
        assertThat(run.getJsonObject("data").getString("startTime")).isEqualTo("07:15");
        assertThat(byTitle.get("Linky 2026-11-02").getJsonObject("data").getDouble("kwh")).isEqualTo(7.35);
        assertThat(byTitle.get("Linky 2026-11-02").getJsonObject("data").getString("meterId")).isEqualTo("09876543210123");

        JsonObject bread = items.stream().map(JsonObject.class::cast).filter(i -> i.getString("title").startsWith("Boulangerie Martin")).findFirst().orElseThrow()
                .getJsonObject("data");
        assertThat(bread.getDouble("amount")).isEqualTo(-42.10);
        assertThat(bread.getString("date")).isEqualTo("2026-11-03");
        assertThat(bread.getString("currency")).isEqualTo("EUR");
        assertThat(bread.getString("account")).isEqualTo("FR7630006000011234567890189");
        JsonObject salary = items.stream().map(JsonObject.class::cast).filter(i -> i.getString("title").startsWith("Coop Dundee")).findFirst().orElseThrow()
                .getJsonObject("data");
        assertThat(salary.getDouble("amount")).isEqualTo(1850.0);
        assertThat(salary.getString("description")).isEqualTo("Salaire novembre");
        JsonObject tesco = items.stream().map(JsonObject.class::cast).filter(i -> i.getString("title").startsWith("Tesco Dundee")).findFirst().orElseThrow()
                .getJsonObject("data");
        assertThat(tesco.getDouble("amount")).isEqualTo(-12.5);
        assertThat(tesco.getString("currency")).isEqualTo("GBP");
        assertThat(tesco.getString("date")).isEqualTo("2026-11-05");
        assertThat(items.stream().map(JsonObject.class::cast).anyMatch(i -> i.getString("title").startsWith("Refund & Co"))).isTrue();

        Browser.open(web.browser(), web.base() + "/account/records/" + ada.getString("id"), Browser.present(By.id("record-data")));
        assertThat(Browser.text(web.browser(), By.tagName("main"))).contains("Imported from a file: Contacts (vCard)")
                .contains("Analytical Engines Ltd").doesNotContain("{\"");
    }

    /** A Linky export of {@code days} daily readings from 1 January 2025, as a file to upload. */
    private static Path linky(int days) {
        StringBuilder csv = new StringBuilder("Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite\n"
                + "09876543210123;Energie active;2025-01-01;2026-12-31;Energie active;Consommation;Comptage Brut;Wh\nHorodate;Valeur\n");
        for (int d = 0; d < days; d++) {
            csv.append(java.time.LocalDate.of(2025, 1, 1).plusDays(d)).append("T00:00:00+01:00;").append(7000 + d).append('\n');
        }
        try {
            Path file = java.nio.file.Files.createTempFile("Enedis_Conso_Jour", ".csv");
            java.nio.file.Files.writeString(file, csv);
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("A large file is added in the background: its page shows the progress, then says it is done; the dashboard has a notice; in both languages")
    void largeFileInTheBackground() {
        web.signIn("/login?lang=en", "imports@example.org", PASSWORD);
        Browser.open(web.browser(), web.base() + "/account/import", Browser.present(By.id("file")));
        Browser.attach(web.browser(), By.id("file"), linky(450));
        Browser.navigate(web.browser(), By.id("read"), Browser.present(By.id("summary")));
        assertThat(Browser.text(web.browser(), By.id("summary"))).contains("Electricity consumption (Linky)").contains("450 records");
        assertThat(Browser.text(web.browser(), By.id("background"))).contains("in the background");
        Browser.navigate(web.browser(), By.id("confirm"), Browser.all(Browser.at("/account/import/jobs/"), Browser.present(By.id("done"))));
        assertThat(Browser.text(web.browser(), By.id("done"))).isEqualTo("Hearth is adding your records.");
        // Without waiting on time: the page follows the progress by itself until the last part is in.
        Browser.await(web.browser(), "the import's page to say it is done", Browser.shows(By.id("import-done"), "all 450 records were added"));
        String job = web.browser().getCurrentUrl().replaceAll(".*/account/import/jobs/([0-9a-f-]{36}).*", "$1");

        Browser.open(web.browser(), web.base() + "/account/import", Browser.present(By.id("recent-imports")));
        assertThat(Browser.text(web.browser(), By.id("recent-imports"))).contains("Electricity consumption (Linky): all 450 records were added");
        Browser.open(web.browser(), web.base() + "/account", Browser.present(By.tagName("main")));
        assertThat(Browser.text(web.browser(), By.tagName("main"))).contains("Your file is in your store: 450 records were added.");

        web.signIn("/login?lang=fr", "fr-large@example.org", PASSWORD);
        Browser.open(web.browser(), web.base() + "/account/import/jobs/" + job, Browser.present(By.tagName("main")));
        assertThat(Browser.text(web.browser(), By.tagName("main"))).as("another person's import is not found").doesNotContain("450");
        Browser.open(web.browser(), web.base() + "/account/import", Browser.present(By.id("file")));
        Browser.attach(web.browser(), By.id("file"), linky(250));
        Browser.navigate(web.browser(), By.id("read"), Browser.present(By.id("summary")));
        assertThat(Browser.text(web.browser(), By.id("background"))).contains("en arrière-plan");
        Browser.navigate(web.browser(), By.id("confirm"), Browser.all(Browser.at("/account/import/jobs/"), Browser.present(By.id("done"))));
        Browser.await(web.browser(), "the French page to say it is done", Browser.shows(By.id("import-done"), "les 250 données ont toutes été ajoutées"));

        // Every reading once: 250 records of the French person's, paged through.
        Http http = new Http(web.platform().port());
        String french = Http.bearer(Http.json(http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("fr-large@example.org", PASSWORD)))
                .getString("token"));
        java.util.Set<String> titles = new java.util.HashSet<>();
        String after = "";
        for (int page = 0; page < 10; page++) {
            JsonArray items = Http.json(http.get("/api/v1/me/records?schema=hearth:meter-reading/v1&limit=100" + after, "Authorization", french)).getJsonArray("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(i -> titles.add(((JsonObject) i).getString("title")));
            after = "&after=" + items.getJsonObject(items.size() - 1).getString("id");
        }
        assertThat(titles).hasSize(250).contains("Linky 2025-01-01", "Linky 2025-09-07");
    }

    @Test
    @DisplayName("Changing one's mind on the preview adds nothing")
    void discardedPreview() {
        web.signIn("/login?lang=en", "imports@example.org", PASSWORD);
        Browser.open(web.browser(), web.base() + "/account/import", Browser.present(By.id("file")));
        Browser.attach(web.browser(), By.id("file"), sample("contacts.vcf"));
        Browser.navigate(web.browser(), By.id("read"), Browser.present(By.id("summary")));
        Browser.navigate(web.browser(), By.id("cancel"), Browser.all(Browser.at("done=import-discarded"), Browser.present(By.id("done"))));
        assertThat(Browser.text(web.browser(), By.id("done"))).isEqualTo("Nothing was added. You can choose another file.");
    }

    @Test
    @DisplayName("In French, on a phone: each kind of file is recognised and previewed in French, then added")
    void everyFormatInFrench() {
        web.signIn("/login?lang=fr", "fr-formats@example.org", PASSWORD);
        assertThat(importFile("contacts.vcf")).contains("Contacts (vCard)").contains("2 données seront ajoutées");
        assertThat(importFile("calendar.ics")).contains("Agenda (iCalendar)");
        assertThat(importFile("ips.json")).contains("Résumé de santé (FHIR)").contains("une donnée sera ajoutée");
        assertThat(importFile("ride.gpx")).contains("Trace d'activité (GPX)");
        assertThat(importFile("run.tcx")).contains("Activité d'une montre (TCX)");
        assertThat(importFile("linky.csv")).contains("Consommation d'électricité (Linky)").contains("3 données");
        assertThat(importFile("statement.camt.xml")).contains("Relevé bancaire (CAMT.053)");
        assertThat(importFile("statement.ofx")).contains("Relevé bancaire (OFX)");
        Browser.open(web.browser(), web.base() + "/account", Browser.present(By.tagName("main")));
        assertThat(Browser.text(web.browser(), By.tagName("main"))).contains("Ada Lovelace").contains("Linky 2026-11-02");
    }

    @Test
    @DisplayName("A file of no known kind is refused in the person's language, and nothing is added")
    void unknownFile() {
        web.signIn("/login?lang=fr", "fr-imports@example.org", PASSWORD);
        Browser.open(web.browser(), web.base() + "/account/import", Browser.present(By.id("file")));
        assertThat(Browser.text(web.browser(), By.id("formats"))).contains("Contacts (vCard)").contains("Consommation d’électricité (Linky)".replace('’', '\''));
        Browser.attach(web.browser(), By.id("file"), sample("unknown.txt"));
        Browser.navigate(web.browser(), By.id("read"), Browser.present(By.id("error")));
        assertThat(Browser.text(web.browser(), By.id("error"))).contains("Hearth ne reconnaît pas ce type de fichier");
        Browser.open(web.browser(), web.base() + "/account", Browser.present(By.id("empty")));
        assertThat(List.of(Browser.text(web.browser(), By.tagName("main")))).noneMatch(t -> t.contains("unknown"));
    }

    @Test
    @DisplayName("A file over the limit is refused with 413 and a readable page, and a record's attachment over its limit too; nothing is added")
    void tooLarge() {
        Http person = new Http(web.platform().port());
        person.login("/login", "imports@example.org", PASSWORD);
        String csrf = Http.csrfToken(person.get("/account/import", "Accept", "text/html"));
        HttpResponse<String> refused = person.postBytes("/account/import", "multipart/form-data; boundary=hearth-test",
                multipart(csrf, "big.csv", new byte[8 * 1024 * 1024 + 1]), "Accept", "text/html");
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Http api = new Http(web.platform().port());
        HttpResponse<String> created = api.postJson("/api/v1/me/records", "{\"schema\":\"hearth:note/v1\",\"category\":\"dpv-pd:Preference\",\"title\":\"Scan\","
                + "\"data\":{\"text\":\"x\"}}", "Authorization", Http.bearer(token));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String record = Http.json(created).getString("id");
        HttpResponse<String> attachment = person.postBytes("/account/records/" + record + "/attachment", "multipart/form-data; boundary=hearth-test",
                multipart(csrf, "scan.pdf", new byte[5000]), "Accept", "text/html");
        assertThat(attachment.statusCode()).as("the test platform allows 4096-byte attachments").isEqualTo(413);
        HttpResponse<String> small = person.postBytes("/account/records/" + record + "/attachment", "multipart/form-data; boundary=hearth-test",
                multipart(csrf, "scan.pdf", "a small scan".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "Accept", "text/html");
        assertThat(small.statusCode()).as(small.body()).isEqualTo(303);
        assertThat(api.get("/api/v1/me/records/" + record + "/attachment", "Authorization", Http.bearer(token)).body()).isEqualTo("a small scan");
    }

    private static byte[] multipart(String csrf, String filename, byte[] file) {
        var out = new java.io.ByteArrayOutputStream();
        String head = "--hearth-test\r\nContent-Disposition: form-data; name=\"pac4jCsrfToken\"\r\n\r\n" + csrf + "\r\n"
                + "--hearth-test\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        out.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes("\r\n--hearth-test--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
