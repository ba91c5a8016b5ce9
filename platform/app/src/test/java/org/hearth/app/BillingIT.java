package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;
import static org.hearth.schema.generated.tenants.Tables.USAGE;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Billing over HTTP: an operator closes a month, the tenant reads and downloads its invoice, the operator records payments. */
class BillingIT {

    private static Platform platform;
    private static Http http;
    private static Staff operator;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        http = new Http(platform.port());
        operator = Staff.signIn(platform, "billing@hearth.example", "billing operator password", Set.of("operator"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("Closing November issues the tenant's invoice once; it reads it as JSON, PDF and XML, another tenant cannot, and payments settle it")
    void closeReadDownloadAndPay() {
        String acme = Tenants.register(http, "Billed Acme");
        String other = Tenants.register(http, "Other Billed");
        UUID acmeId = UUID.fromString(Http.json(http.get("/api/v1/tenant", "Authorization", acme)).getString("id"));
        platform.db().system(CallContext.system("test.backdate"), tx -> {
            tx.update(TENANTS_).set(TENANTS_.PLAN, "standard").set(TENANTS_.CREATED_AT, OffsetDateTime.parse("2026-10-01T00:00:00Z"))
                    .where(TENANTS_.ID.eq(acmeId)).execute();
            return tx.insertInto(USAGE).set(USAGE.TENANT_ID, acmeId).set(USAGE.METRIC, "consented_reads").set(USAGE.AGREEMENT_ID, UUID.randomUUID())
                    .set(USAGE.HOUR, OffsetDateTime.parse("2026-11-10T10:00:00Z")).set(USAGE.QUANTITY, new BigDecimal("5000")).execute();
        });

        JsonObject closed = operator.post("/api/v1/operator/billing/periods/2026-11/close", "{}", 200);
        assertThat(closed.getInteger("issued")).isEqualTo(1);
        assertThat(operator.post("/api/v1/operator/billing/periods/2026-11/close", "{}", 200).getInteger("issued")).isZero();
        assertThat(operator.post("/api/v1/operator/billing/periods/2099-01/close", "{}").statusCode()).isEqualTo(422);
        assertThat(operator.post("/api/v1/operator/billing/periods/2026-13/close", "{}").statusCode()).isEqualTo(400);

        var list = Http.json(http.get("/api/v1/tenant/invoices", "Authorization", acme)).getJsonArray("items");
        assertThat(list).hasSize(1);
        String id = list.getJsonObject(0).getString("id");
        assertThat(id).isEqualTo(closed.getJsonArray("invoices").getString(0));
        JsonObject invoice = Http.json(http.get("/api/v1/tenant/invoices/" + id, "Authorization", acme));
        // 49.00 subscription + 4,000 reads past the allowance at 0.010 = 89.00; VAT 20 % 17.80; 106.80.
        assertThat(invoice.getString("number")).isEqualTo("HE-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() + "-000001");
        assertThat(invoice.getString("subtotal")).isEqualTo("89.00");
        assertThat(invoice.getString("vatTotal")).isEqualTo("17.80");
        assertThat(invoice.getString("total")).isEqualTo("106.80");
        assertThat(invoice.getString("amountDue")).isEqualTo("106.80");
        assertThat(invoice.getString("status")).isEqualTo("issued");

        HttpResponse<byte[]> pdf = http.getBytes("/api/v1/tenant/invoices/" + id + ".pdf", "Authorization", acme);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> xml = http.getBytes("/api/v1/tenant/invoices/" + id + ".xml", "Authorization", acme);
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(new String(xml.body(), StandardCharsets.UTF_8)).contains(invoice.getString("number")).contains("106.80");
        assertThat(http.getBytes("/api/v1/tenant/invoices/" + id + ".pdf", "Authorization", other).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/tenant/invoices/" + id, "Authorization", other).statusCode()).isEqualTo(404);
        assertThat(Http.json(http.get("/api/v1/tenant/invoices", "Authorization", other)).getJsonArray("items")).isEmpty();

        String payments = "/api/v1/operator/invoices/" + id + "/payments";
        assertThat(operator.post(payments, "{\"amount\":\"200.00\",\"currency\":\"EUR\",\"paidOn\":\"2026-12-01\"}").statusCode()).isEqualTo(422);
        assertThat(operator.post(payments, "{\"amount\":\"ten\",\"currency\":\"EUR\",\"paidOn\":\"2026-12-01\"}").statusCode()).isEqualTo(400);
        JsonObject partial = operator.post(payments, "{\"amount\":\"6.80\",\"currency\":\"EUR\",\"paidOn\":\"2026-12-01\"}", 201);
        assertThat(partial.getJsonObject("invoice").getString("status")).isEqualTo("partially_paid");
        assertThat(partial.getJsonObject("invoice").getString("amountDue")).isEqualTo("100.00");
        assertThat(operator.get("/api/v1/operator/invoices?status=partially_paid").getJsonArray("items")).hasSize(1);
        JsonObject paid = operator.post(payments, "{\"amount\":\"100.00\",\"currency\":\"EUR\",\"paidOn\":\"2026-12-01\"}", 201);
        assertThat(paid.getJsonObject("invoice").getString("status")).isEqualTo("paid");
        assertThat(Http.json(http.get("/api/v1/tenant/invoices/" + id, "Authorization", acme)).getString("paid")).isEqualTo("106.80");
        assertThat(operator.get("/api/v1/operator/invoices?status=partially_paid").getJsonArray("items")).isEmpty();

        JsonObject note = operator.post("/api/v1/operator/invoices/" + id + "/credit-notes", "{\"lines\":[2]}", 201);
        assertThat(note.getString("total")).isEqualTo("48.00");
        assertThat(operator.post("/api/v1/operator/invoices/" + id + "/credit-notes", "{\"lines\":[2]}").statusCode()).isEqualTo(422);
        HttpResponse<byte[]> notePdf = http.getBytes("/api/v1/tenant/credit-notes/" + note.getString("creditNoteId") + ".pdf", "Authorization", acme);
        assertThat(notePdf.statusCode()).isEqualTo(200);
        assertThat(new String(notePdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(http.getBytes("/api/v1/tenant/credit-notes/" + note.getString("creditNoteId") + ".xml", "Authorization", other).statusCode())
                .isEqualTo(404);
    }
}
