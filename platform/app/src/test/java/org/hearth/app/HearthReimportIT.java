package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.hearth.datastore.Record;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An export of one Hearth imported as a new account: agreements come back as history, and a
 * delivered record keeps its verification only while its organisation's signature checks against
 * the organisation's key (at this Hearth, or at a Hearth the operator trusts) and still covers the
 * content. The "other Hearth" is a second platform at another address (sharing the first's
 * database and keys, which the check never uses: it asks the first over HTTP for the keys).
 */
class HearthReimportIT {

    private static final String PASSWORD = "moving house with my data";
    private static Platform platform;
    private static Platform elsewhere;
    private static Http http;
    private static byte[] archive;

    @BeforeAll
    static void start() {
        TestDatabase database = TestDatabase.get();
        database.reset();
        Path data = TestPlatform.tempDir();
        platform = Platform.start(TestPlatform.config(Optional.of(database.asExternal()), data, Optional.empty(), Map.of()));
        elsewhere = Platform.start(TestPlatform.config(Optional.of(database.asExternal()), data, Optional.empty(),
                Map.of("HEARTH_TRUSTED_HEARTHS", "http://localhost:" + platform.port())));
        http = new Http(platform.port());

        String tenant = Tenants.register(http, "Northern Water");
        String me = Http.bearer(TestPlatform.individual(http, "leaving@example.org", PASSWORD));
        String agreement = Tenants.agreement(http, tenant, me, "[\"read\",\"deliver\"]", "Your water bills");
        String bill = "{\"schema\":\"hearth:bill/v1\",\"category\":\"dpv-pd:Utility\",\"title\":\"%s\",\"data\":{\"amount\":\"%s\",\"currency\":\"GBP\"},\"verified\":true}";
        assertThat(http.postJson("/api/v1/tenant/agreements/" + agreement + "/records", bill.formatted("March bill", "31.20"), "Authorization", tenant,
                "Idempotency-Key", "march").statusCode()).isEqualTo(201);
        JsonObject april = Http.json(http.postJson("/api/v1/tenant/agreements/" + agreement + "/records", bill.formatted("April bill", "29.80"),
                "Authorization", tenant, "Idempotency-Key", "april"));
        // The owner corrects April's bill: the organisation's signature no longer covers it.
        HttpResponse<String> edited = http.putJson("/api/v1/me/records/" + april.getString("id"), "{\"schema\":\"hearth:bill/v1\",\"category\":\"dpv-pd:Utility\","
                + "\"title\":\"April bill (corrected)\",\"data\":{\"amount\":\"28.80\",\"currency\":\"GBP\"}}", "Authorization", me, "If-Match", "\"1\"");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(http.delete("/api/v1/me/agreements/" + agreement, "Authorization", me).statusCode()).isEqualTo(204);
        archive = http.getBytes("/api/v1/me/export", "Authorization", me).body();
    }

    @AfterAll
    static void stop() {
        elsewhere.close();
        platform.close();
    }

    /** Imports {@code zip} as a new account on {@code at}; returns its records. */
    private static JsonArray importInto(Platform at, String email, byte[] zip) {
        Http there = new Http(at.port());
        HttpResponse<String> imported = there.postBytes("/api/v1/accounts/import", "application/zip", zip, "Authorization", Http.basic(email, PASSWORD));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String token = Http.bearer(Http.json(there.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic(email, PASSWORD))).getString("token"));
        return Http.json(there.get("/api/v1/me/records?limit=100", "Authorization", token)).getJsonArray("items");
    }

    @Test
    @DisplayName("Back on the same Hearth: agreements become history with their receipts; the signed bill stays verified and names its organisation, the edited one does not")
    void historyAndVerificationComeAlong() {
        JsonObject manifest = entry(archive, "manifest.json");
        assertThat(manifest.getString("origin")).isEqualTo("http://localhost:" + platform.port());
        JsonArray items = importInto(platform, "arrived@example.org", archive);
        JsonObject march = find(items, "March bill");
        assertThat(march.getJsonObject("provenance").getString("format")).isEqualTo("hearth");
        assertThat(march.getJsonObject("verification").getBoolean("current")).as("still matches what was signed").isTrue();
        assertThat(march.getJsonObject("verification").getString("organisation")).isEqualTo("Northern Water");
        assertThat(find(items, "April bill (corrected)").getValue("verification")).as("edited after signing: not kept").isNull();
        JsonObject history = find(items, "Northern Water — Your water bills");
        assertThat(history.getString("schema")).isEqualTo("hearth:agreement-history/v2");
        assertThat(history.getJsonObject("data").getString("purpose")).as("kept as its code, shown in words").isEqualTo("dpv:ServiceProvision");
        assertThat(history.getJsonObject("data").getString("status")).isEqualTo("revoked");
        assertThat(history.getJsonObject("data").getString("endedOn")).isNotNull();
        assertThat(history.getJsonObject("attachment").getString("filename")).isEqualTo("consent-receipt.jws");

        Http browser = new Http(platform.port());
        browser.login("/login", "arrived@example.org", PASSWORD);
        String agreements = browser.get("/account/agreements?lang=en", "Accept", "text/html").body();
        assertThat(agreements).contains("Agreements made on another Hearth").contains("Northern Water — Your water bills");
        String marchPage = browser.get("/account/records/" + march.getString("id") + "?lang=en", "Accept", "text/html").body();
        assertThat(marchPage).contains("Verified: Northern Water vouched for this content on").contains("checked with Northern Water's key")
                .contains("still matches what was signed");
        String enFrançais = browser.get("/account/records/" + march.getString("id") + "?lang=fr", "Accept", "text/html").body();
        assertThat(enFrançais).contains("Vérifié : Northern Water s'est porté garant de ce contenu");
        String historyPage = browser.get("/account/records/" + history.getString("id") + "?lang=en", "Accept", "text/html").body();
        assertThat(historyPage).contains("Why</dt><dd>Service Provision<").doesNotContain(">dpv:ServiceProvision<");
        assertThat(browser.get("/account/records/" + history.getString("id") + "?lang=fr", "Accept", "text/html").body())
                .contains("<dd>Fourniture du service<").doesNotContain(">dpv:ServiceProvision<");
        assertThat(browser.get("/account/records/new?lang=en", "Accept", "text/html").body())
                .as("not a type one adds by hand").doesNotContain("Agreement made on another Hearth");
    }

    @Test
    @DisplayName("On another Hearth that trusts the first: the signature is checked with the key the first Hearth publishes, and the bill stays verified")
    void aTrustedHearthsKeysCheckTheSignature() {
        JsonArray items = importInto(elsewhere, "moved-on@example.org", archive);
        JsonObject verification = find(items, "March bill").getJsonObject("verification");
        assertThat(verification.getBoolean("current")).isTrue();
        assertThat(verification.getString("origin")).isEqualTo("http://localhost:" + platform.port());
        assertThat(verification.getString("organisation")).isEqualTo("Northern Water");

        // Moving on once more, from the second Hearth back to the first: the signature is still the first Hearth's organisation's.
        Http there = new Http(elsewhere.port());
        String token = Http.bearer(Http.json(there.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("moved-on@example.org", PASSWORD)))
                .getString("token"));
        byte[] again = there.getBytes("/api/v1/me/export", "Authorization", token).body();
        JsonObject back = find(importInto(platform, "home-again@example.org", again), "March bill").getJsonObject("verification");
        assertThat(back.getBoolean("current")).as("checked against its organisation's key where it was signed").isTrue();
        assertThat(back.getString("organisation")).isEqualTo("Northern Water");
    }

    @Test
    @DisplayName("A signature that does not check (content and digest changed in the archive, or an origin nobody trusts) is dropped, and a renamed organisation keeps its own name")
    void forgedOrUntrustedSignaturesAreDropped() {
        byte[] forged = rewrite(archive, records -> {
            for (Object o : records) {
                JsonObject r = (JsonObject) o;
                if ("March bill".equals(r.getString("title"))) {
                    JsonObject last = r.getJsonArray("versions").getJsonObject(r.getJsonArray("versions").size() - 1);
                    last.getJsonObject("data").put("amount", "1.00");
                    String digest = Record.contentDigest(r.getString("schema"), r.getString("category"), last.getString("title"), last.getJsonObject("data").encode());
                    String[] jws = r.getJsonObject("verification").getString("jws").split("\\.");
                    JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(jws[1]), StandardCharsets.UTF_8)).put("digest", digest);
                    jws[1] = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.encode().getBytes(StandardCharsets.UTF_8));
                    r.getJsonObject("verification").put("jws", String.join(".", jws));
                }
            }
            return records;
        });
        JsonObject march = find(importInto(platform, "forger@example.org", forged), "March bill");
        assertThat(march.getJsonObject("data").getString("amount")).isEqualTo("1.00");
        assertThat(march.getValue("verification")).as("its digest matches, its signature does not").isNull();

        // The name is the signing Hearth's, as it publishes it with the keys, never the archive's.
        byte[] renamed = rewrite(archive, records -> {
            records.forEach(o -> Optional.ofNullable(((JsonObject) o).getJsonObject("verification")).ifPresent(v -> v.put("organisation", "Bank of France")));
            return records;
        });
        JsonObject vouched = find(importInto(platform, "renamer@example.org", renamed), "March bill").getJsonObject("verification");
        assertThat(vouched.getBoolean("current")).isTrue();
        assertThat(vouched.getString("organisation")).isEqualTo("Northern Water");

        byte[] untrusted = rewrite(archive, records -> {
            records.forEach(o -> Optional.ofNullable(((JsonObject) o).getJsonObject("verification")).ifPresent(v -> v.put("origin", "http://untrusted.example")));
            return records;
        });
        assertThat(find(importInto(platform, "unknown-origin@example.org", untrusted), "March bill").getValue("verification"))
                .as("no Hearth the operator trusts").isNull();
    }

    private static JsonObject find(JsonArray items, String title) {
        return items.stream().map(JsonObject.class::cast).filter(i -> title.equals(i.getString("title"))).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not in " + items.encodePrettily()));
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static JsonObject entry(byte[] zip, String name) {
        return new JsonObject(new String(unzip(zip).get(name), StandardCharsets.UTF_8));
    }

    /** The archive with records.json changed by {@code change}, and its checksum in the manifest to match. */
    private static byte[] rewrite(byte[] zip, UnaryOperator<JsonArray> change) {
        Map<String, byte[]> files = unzip(zip);
        byte[] records = change.apply(new JsonArray(new String(files.get("records.json"), StandardCharsets.UTF_8))).encode().getBytes(StandardCharsets.UTF_8);
        files.put("records.json", records);
        JsonObject manifest = new JsonObject(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
        try {
            manifest.getJsonObject("files").put("records.json", HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(records)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        files.put("manifest.json", manifest.encode().getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (var f : files.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(f.getKey()));
                zipOut.write(f.getValue());
                zipOut.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
