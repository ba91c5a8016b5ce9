package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;
import static org.hearth.schema.generated.tenants.Tables.USAGE;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Threshold invoicing end to end: an operator asks for the interim invoices due now, the tenant
 * reads its interim invoice as JSON, and both see it named as such on their pages, in English and
 * in French, in a real headless Chromium.
 */
class InterimInvoicesIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create();

    private static Http http;
    private static Staff operator;

    @BeforeAll
    static void start() throws Exception {
        http = new Http(web.platform().port());
        operator = Staff.signIn(web.platform(), "interim@hearth.example", "interim operator password", Set.of("operator"));
    }

    private static void signIn(String page, String email, String password, String lang) {
        web.signIn(page + "?lang=" + lang, email, password);
    }

    @Test
    @DisplayName("Past its plan's threshold this month, a tenant gets one interim invoice on the operator's call, shown as an interim invoice in JSON and on both pages")
    void anInterimInvoiceOnTheOperatorsCallAndOnThePages() {
        String token = Tenants.register(http, "Heavy Reader");
        UUID tenant = UUID.fromString(Http.json(http.get("/api/v1/tenant", "Authorization", token)).getString("id"));
        OffsetDateTime monthStart = YearMonth.now(ZoneOffset.UTC).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        // Standard plan, 198,000 reads this month: 49.00 + 951.00 = 1,000.00, its threshold.
        web.platform().db().system(CallContext.system("test.backdate"), tx -> {
            tx.update(TENANTS_).set(TENANTS_.PLAN, "standard").set(TENANTS_.CREATED_AT, monthStart.minusMonths(2))
                    .where(TENANTS_.ID.eq(tenant)).execute();
            return tx.insertInto(USAGE).set(USAGE.TENANT_ID, tenant).set(USAGE.METRIC, "consented_reads").set(USAGE.AGREEMENT_ID, UUID.randomUUID())
                    .set(USAGE.HOUR, monthStart).set(USAGE.QUANTITY, new BigDecimal("198000")).execute();
        });

        JsonObject run = operator.post("/api/v1/operator/billing/interim-invoices", "{}", 200);
        assertThat(run.getString("period")).isEqualTo(YearMonth.now(ZoneOffset.UTC).toString());
        JsonObject again = operator.post("/api/v1/operator/billing/interim-invoices", "{}", 200);
        assertThat(again.getInteger("issued")).isZero();

        var items = Http.json(http.get("/api/v1/tenant/invoices", "Authorization", token)).getJsonArray("items");
        assertThat(items).as("one interim invoice, whether this call or the billing worker issued it").hasSize(1);
        JsonObject invoice = items.getJsonObject(0);
        assertThat(invoice.getString("kind")).isEqualTo("interim");
        assertThat(invoice.getString("subtotal")).isEqualTo("1000.00");
        assertThat(invoice.getString("total")).isEqualTo("1200.00");
        assertThat(invoice.getJsonObject("period").getString("start")).isEqualTo(monthStart.toLocalDate().toString());
        String number = invoice.getString("number");

        signIn("/console/login", "admin@heavy-reader.example", "a strong admin pass", "en");
        Browser.open(web.browser(), web.base() + "/console/invoices?lang=en", Browser.present(By.id("invoices")));
        assertThat(Browser.text(web.browser(), By.cssSelector("#invoices tbody tr"))).contains(number).contains("Interim invoice");
        Browser.open(web.browser(), web.base() + "/console/invoices?lang=fr", Browser.present(By.id("invoices")));
        assertThat(Browser.text(web.browser(), By.cssSelector("#invoices tbody tr"))).contains(number).contains("Facture intermédiaire");

        signIn("/staff/login", "interim@hearth.example", "interim operator password", "en");
        Browser.open(web.browser(), web.base() + "/staff/billing?lang=en", Browser.present(By.id("invoices")));
        assertThat(Browser.text(web.browser(), By.cssSelector("#invoice-" + number + " .kind"))).isEqualTo("Interim invoice");
        Browser.open(web.browser(), web.base() + "/staff/billing?lang=fr", Browser.present(By.id("invoices")));
        assertThat(Browser.text(web.browser(), By.cssSelector("#invoice-" + number + " .kind"))).isEqualTo("Facture intermédiaire");
    }
}
