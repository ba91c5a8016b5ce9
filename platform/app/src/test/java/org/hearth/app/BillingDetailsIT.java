package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;
import static org.hearth.schema.generated.tenants.Tables.USAGE;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.kernel.actor.CallContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The organisation's billing details over HTTP: admins set them, others cannot, bad input stores nothing, and the next invoice follows them. */
class BillingDetailsIT {

    private static final String GERMAN = "{\"legalName\":\"Muster Daten GmbH\",\"address\":{\"line1\":\"Hauptstrasse 5\",\"line2\":\"Hinterhaus\","
            + "\"postcode\":\"10115\",\"city\":\"Berlin\",\"country\":\"DE\"},\"vatNumber\":\"DE 123 456 789\",\"billingEmail\":\"Rechnung@Muster.example\"}";

    private static Platform platform;
    private static Http http;
    private static Staff operator;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        http = new Http(platform.port());
        operator = Staff.signIn(platform, "details@hearth.example", "details operator password", Set.of("operator"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** A signed-in admin of a new organisation, and the CSRF header its API writes send. */
    private record Session(Http http, String[] csrf, String token, UUID tenantId) {

        HttpResponse<String> get() {
            return http.get("/api/v1/tenant/billing-details");
        }

        HttpResponse<String> put(String json) {
            return http.putJson("/api/v1/tenant/billing-details", json, csrf);
        }
    }

    private static Session admin(String name) {
        String token = Tenants.register(http, name);
        UUID id = UUID.fromString(Http.json(http.get("/api/v1/tenant", "Authorization", token)).getString("id"));
        Http admin = new Http(platform.port());
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        assertThat(admin.login("/console/login", "admin@" + slug + ".example", "a strong admin pass").headers().firstValue("Location"))
                .hasValue("/console");
        return new Session(admin, csrf(admin), token, id);
    }

    private static String[] csrf(Http session) {
        return new String[] {"pac4jCsrfToken", Http.csrfToken(session.get("/console/team", "Accept", "text/html"))};
    }

    @Test
    @DisplayName("An admin sets the billing details (normalised), reads them back; a bad VAT number or a missing city is a 422 naming the field and stores nothing")
    void adminSetsDetailsAndBadInputStoresNothing() {
        Session admin = admin("Details Admin");
        assertThat(Http.json(admin.get()).getBoolean("set")).isFalse();

        HttpResponse<String> saved = admin.put(GERMAN);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject details = Http.json(admin.get());
        assertThat(details.getBoolean("set")).isTrue();
        assertThat(details.getString("legalName")).isEqualTo("Muster Daten GmbH");
        assertThat(details.getString("vatNumber")).isEqualTo("DE123456789");
        assertThat(details.getString("billingEmail")).isEqualTo("rechnung@muster.example");
        assertThat(details.getJsonObject("address").getString("line2")).isEqualTo("Hinterhaus");
        assertThat(details.getJsonObject("address").getString("country")).isEqualTo("DE");

        HttpResponse<String> badVat = admin.put(GERMAN.replace("DE 123 456 789", "DE12345").replace("Muster Daten GmbH", "Changed GmbH"));
        assertThat(badVat.statusCode()).as(badVat.body()).isEqualTo(422);
        assertThat(Http.json(badVat).getString("field")).isEqualTo("vatNumber");
        assertThat(Http.json(badVat).getString("detail")).contains("DE123456789");
        HttpResponse<String> wrongPrefix = admin.put(GERMAN.replace("DE 123 456 789", "FR40303265045"));
        assertThat(Http.json(wrongPrefix).getString("field")).isEqualTo("vatNumber");
        HttpResponse<String> noCity = admin.put(GERMAN.replace("\"city\":\"Berlin\",", "").replace("Muster Daten GmbH", "Changed GmbH"));
        assertThat(noCity.statusCode()).isEqualTo(422);
        assertThat(Http.json(noCity).getString("field")).isEqualTo("address.city");
        HttpResponse<String> wrongType = admin.put("{\"legalName\":42}");
        assertThat(wrongType.statusCode()).as("a wrong type is the contract's 400 or the rules' 422, never a 5xx").isIn(400, 422);
        assertThat(Http.json(admin.get())).as("nothing stored by the refused requests").isEqualTo(details);
    }

    @Test
    @DisplayName("A developer or an analyst of the team, and the organisation's OAuth client, get 403 and change nothing")
    void onlyAdmins() {
        Session admin = admin("Details Roles");
        assertThat(admin.put(GERMAN).statusCode()).isEqualTo(200);
        JsonObject before = Http.json(admin.get());
        for (String role : new String[] {"developer", "analyst"}) {
            Http member = member(admin.http(), role + "@details-roles.example", role);
            assertThat(member.get("/api/v1/tenant/billing-details").statusCode()).as(role).isEqualTo(403);
            HttpResponse<String> put = member.putJson("/api/v1/tenant/billing-details", GERMAN.replace("Muster", "Hijacked"), csrf(member));
            assertThat(put.statusCode()).as(role).isEqualTo(403);
            HttpResponse<String> page = member.get("/console/billing-details", "Accept", "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"details-admins-only\"").doesNotContain("Muster").doesNotContain("name=\"vatNumber\"");
        }
        assertThat(http.get("/api/v1/tenant/billing-details", "Authorization", admin.token()).statusCode()).isEqualTo(403);
        assertThat(http.putJson("/api/v1/tenant/billing-details", GERMAN.replace("Muster", "Hijacked"), "Authorization", admin.token()).statusCode())
                .isEqualTo(403);
        assertThat(Http.json(admin.get())).isEqualTo(before);
    }

    @Test
    @DisplayName("With a German VAT number the estimate and the next invoice reverse-charge (no VAT) and name the buyer; issued invoices keep it after a change")
    void nextInvoiceFollowsTheDetails() {
        Session admin = admin("Details Invoiced");
        platform.db().system(CallContext.system("test.backdate"), tx -> {
            tx.update(TENANTS_).set(TENANTS_.PLAN, "standard").set(TENANTS_.CREATED_AT, OffsetDateTime.parse("2026-10-01T00:00:00Z"))
                    .where(TENANTS_.ID.eq(admin.tenantId())).execute();
            return tx.insertInto(USAGE).set(USAGE.TENANT_ID, admin.tenantId()).set(USAGE.METRIC, "consented_reads")
                    .set(USAGE.AGREEMENT_ID, UUID.randomUUID()).set(USAGE.HOUR, OffsetDateTime.parse("2026-11-10T10:00:00Z"))
                    .set(USAGE.QUANTITY, new BigDecimal("5000")).execute();
        });
        JsonObject french = Http.json(http.get("/api/v1/tenant/usage?period=2026-11", "Authorization", admin.token())).getJsonObject("estimate");
        assertThat(french.getJsonArray("vat").getJsonObject(0).getString("treatment")).isEqualTo("standard");
        assertThat(french.getString("vatTotal")).isEqualTo("17.80");

        assertThat(admin.put(GERMAN).statusCode()).isEqualTo(200);
        JsonObject estimate = Http.json(http.get("/api/v1/tenant/usage?period=2026-11", "Authorization", admin.token())).getJsonObject("estimate");
        assertThat(estimate.getJsonArray("vat").getJsonObject(0).getString("treatment")).isEqualTo("reverse_charge");
        assertThat(estimate.getString("vatTotal")).isEqualTo("0.00");
        assertThat(estimate.getString("total")).isEqualTo("89.00");

        JsonObject closed = operator.post("/api/v1/operator/billing/periods/2026-11/close", "{}", 200);
        String id = closed.getJsonArray("invoices").getString(0);
        JsonObject invoice = Http.json(http.get("/api/v1/tenant/invoices/" + id, "Authorization", admin.token()));
        assertThat(invoice.getJsonArray("vat").getJsonObject(0).getString("treatment")).isEqualTo("reverse_charge");
        assertThat(invoice.getJsonArray("vat").getJsonObject(0).getString("country")).isEqualTo("DE");
        assertThat(invoice.getString("vatTotal")).isEqualTo("0.00");
        assertThat(invoice.getString("total")).isEqualTo(estimate.getString("total"));
        String xml = xml(admin, id);
        assertThat(xml).contains("Muster Daten GmbH").contains("<ram:LineOne>Hauptstrasse 5</ram:LineOne>").contains("<ram:LineTwo>Hinterhaus</ram:LineTwo>").contains("10115").contains("Berlin")
                .contains("DE123456789").contains(">AE<");

        assertThat(admin.put(GERMAN.replace("Muster Daten GmbH", "Renamed Daten GmbH").replace("10115", "10117")).statusCode()).isEqualTo(200);
        assertThat(xml(admin, id)).as("the issued invoice keeps its buyer").contains("Muster Daten GmbH").contains("10115")
                .doesNotContain("Renamed").doesNotContain("10117");
        HttpResponse<byte[]> pdf = admin.http().getBytes("/api/v1/tenant/invoices/" + id + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
    }

    private static String xml(Session admin, String id) {
        HttpResponse<byte[]> xml = http.getBytes("/api/v1/tenant/invoices/" + id + ".xml", "Authorization", admin.token());
        assertThat(xml.statusCode()).isEqualTo(200);
        return new String(xml.body(), StandardCharsets.UTF_8);
    }

    /** Invites a colleague with {@code role}, who joins by the one-time link and signs in. */
    static Http member(Http admin, String email, String role) {
        HttpResponse<String> invited = admin.postForm("/console/team/invitations", Map.of("pac4jCsrfToken",
                Http.csrfToken(admin.get("/console/team", "Accept", "text/html")), "email", email, "role", role), "Accept", "text/html");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        Matcher link = Pattern.compile("id=\"invitation-link\">([^<]+)<").matcher(invited.body());
        assertThat(link.find()).isTrue();
        String path = link.group(1).replace("&amp;", "&").substring(link.group(1).indexOf("/console/invitation"));
        Http colleague = new Http(platform.port());
        HttpResponse<String> offer = colleague.get(path, "Accept", "text/html");
        String password = "the " + role + "'s own password";
        HttpResponse<String> joined = colleague.postForm("/console/invitation", Map.of("pac4jCsrfToken", Http.csrfToken(offer),
                "token", path.substring(path.indexOf("token=") + 6), "password", password, "confirm", password), "Accept", "text/html");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(303);
        colleague.login("/console/login", email, password);
        return colleague;
    }
}
