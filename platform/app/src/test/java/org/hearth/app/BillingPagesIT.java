package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;
import static org.hearth.schema.generated.tenants.Tables.USAGE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Billing in a real headless Chromium: the tenant downloads its invoice from the console, an operator closes a month and records a payment. */
class BillingPagesIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create().staff("cashier@hearth.example", "cashier in the browser", "operator");

    private static void signIn(String page, String email, String password) {
        web.signIn(page + "?lang=en", email, password);
    }

    @Test
    @DisplayName("An operator closes November, the tenant downloads the invoice's PDF from its console, the operator records a partial payment")
    void closeDownloadAndPay() {
        Http http = new Http(web.platform().port());
        String token = Tenants.register(http, "Browser Billed");
        UUID tenant = UUID.fromString(Http.json(http.get("/api/v1/tenant", "Authorization", token)).getString("id"));
        web.platform().db().system(CallContext.system("test.backdate"), tx -> {
            tx.update(TENANTS_).set(TENANTS_.PLAN, "standard").set(TENANTS_.CREATED_AT, OffsetDateTime.parse("2026-10-01T00:00:00Z"))
                    .where(TENANTS_.ID.eq(tenant)).execute();
            return tx.insertInto(USAGE).set(USAGE.TENANT_ID, tenant).set(USAGE.METRIC, "consented_reads").set(USAGE.AGREEMENT_ID, UUID.randomUUID())
                    .set(USAGE.HOUR, OffsetDateTime.parse("2026-11-10T10:00:00Z")).set(USAGE.QUANTITY, new BigDecimal("5000")).execute();
        });

        signIn("/staff/login", "cashier@hearth.example", "cashier in the browser");
        Browser.open(web.browser(), web.base() + "/staff/billing", Browser.present(By.id("period")));
        Browser.setValue(web.browser(), "period", "2026-11");
        Browser.navigate(web.browser(), By.cssSelector("form[action='/staff/billing/close'] button"), Browser.present(By.id("notice")));
        assertThat(Browser.text(web.browser(), By.id("notice"))).contains("2026-11").contains("1 invoice");
        String number = Browser.text(web.browser(), By.cssSelector("#invoices tbody tr td"));
        assertThat(number).startsWith("HE-").endsWith("-000001");

        signIn("/console/login", "admin@browser-billed.example", "a strong admin pass");
        Browser.open(web.browser(), web.base() + "/console/invoices", Browser.present(By.id("invoices")));
        assertThat(Browser.text(web.browser(), By.id("invoices"))).contains(number).contains("Issued");
        String pdf = Browser.attribute(web.browser(), By.cssSelector("#invoices a.invoice-pdf"), "href");
        Object downloaded = web.browser().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '"
                + " + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))));", pdf);
        assertThat(downloaded).isEqualTo("200 application/pdf %PDF-");

        signIn("/staff/login", "cashier@hearth.example", "cashier in the browser");
        Browser.open(web.browser(), web.base() + "/staff/billing", Browser.present(By.id("invoices")));
        By row = By.id("invoice-" + number);
        Browser.type(web.browser(), By.cssSelector("#invoice-" + number + " input[name=amount]"), "6.80");
        Browser.navigate(web.browser(), By.cssSelector("#invoice-" + number + " form[action$='/payments'] button"), Browser.present(By.id("notice")));
        assertThat(Browser.text(web.browser(), By.id("notice"))).contains(number);
        assertThat(Browser.text(web.browser(), row)).contains("Partly paid").contains("100.00");
        assertThat(Browser.text(web.browser(), row)).as("the organisation by name, not its id").contains("Browser Billed").doesNotContain(tenant.toString());
        assertThat(Browser.text(web.browser(), By.id("outstanding"))).as("who owes what").contains("Browser Billed").contains("100.00");

        Browser.type(web.browser(), By.cssSelector("#invoice-" + number + " input[name=amount]"), "500.00");
        Browser.navigate(web.browser(), By.cssSelector("#invoice-" + number + " form[action$='/payments'] button"), Browser.present(By.id("error")));
        assertThat(Browser.text(web.browser(), By.id("error"))).contains("at most the amount due");
        assertThat(Browser.text(web.browser(), row)).contains("Partly paid").contains("100.00");
    }
}
