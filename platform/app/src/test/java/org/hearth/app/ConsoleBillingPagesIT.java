package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.tenants.Tables.PLAN_ASSIGNMENTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The console's plan, usage and billing-details pages in a real headless Chromium, 320 px wide:
 * a tenant whose consented reads were metered sees them in words, how close its sandbox is to
 * its limits, then on the standard plan its prices and the estimate; an admin's bad VAT number is
 * refused beside the field, a good one is there after a reload and turns the estimate's VAT into
 * a reverse charge.
 */
class ConsoleBillingPagesIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create();

    @BeforeAll
    static void start() throws Exception {
        web.browser().manage().window().setSize(new Dimension(320, 900));
    }

    private static void signIn(String email) {
        web.signIn("/console/login?lang=en", email, "a strong admin pass");
    }

    private static void fitsThePhone(String page) {
        Browser.await(web.browser(), "a 320 px wide window", d -> ((Number) web.browser().executeScript("return window.innerWidth")).intValue() <= 330);
        assertThat((Boolean) web.browser().executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("%s fits 320 px without scrolling sideways", page).isTrue();
    }

    @Test
    @DisplayName("Metered reads appear in words with the sandbox's limits, then the standard plan's prices and estimate; the VAT number form refuses, then keeps")
    void usagePlanAndDetails() {
        Http http = new Http(web.platform().port());
        String individual = Http.bearer(TestPlatform.individual(http, "reader@example.org", "read me in a browser"));
        for (String data : new String[] {"{\"kwh\":\"1234\"}", "{\"kwh\":\"99\"}", "{\"m3\":\"12.5\"}"}) {
            assertThat(http.postJson("/api/v1/me/records", PersonalDataStoreIT.record("Meter", "dpv-pd:Utility", data), "Authorization", individual)
                    .statusCode()).isEqualTo(201);
        }
        String tenant = Tenants.register(http, "Pages Billed");
        UUID tenantId = UUID.fromString(Http.json(http.get("/api/v1/tenant", "Authorization", tenant)).getString("id"));
        String agreement = Tenants.agreement(http, tenant, individual, "[\"read\"]");
        for (int i = 0; i < 7; i++) {
            HttpResponse<String> read = http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", tenant);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        }

        signIn("admin@pages-billed.example");
        Browser.navigate(web.browser(), By.linkText("Usage"), Browser.present(By.id("usage")));
        assertThat(Browser.text(web.browser(), By.id("usage-consented-reads"))).contains("7 consented reads").contains("not charged on this plan");
        assertThat(Browser.text(web.browser(), By.id("usage-records-served"))).contains("21 records served");
        assertThat(Browser.text(web.browser(), By.id("limit-consented-reads"))).contains("Consented reads").contains("7 used of 1,000");
        assertThat(Browser.attribute(web.browser(), By.id("limit-consented-reads-meter"), "value")).isEqualTo("7");
        assertThat(web.browser().findElement(By.id("limit-consented-reads-meter")).getAccessibleName()).isEqualTo("Consented reads");
        assertThat(Browser.text(web.browser(), By.id("estimate-total"))).contains("€0.00");
        assertThat(Browser.text(web.browser(), By.id("usage-plan"))).contains("Sandbox")
                .contains("Counted up to " + org.hearth.web.pages.Formats.of("en").date(java.time.LocalDate.now(java.time.ZoneOffset.UTC)) + " inclusive");
        fitsThePhone("the usage page");

        // On standard from today, enterprise from the first of next month (as an operator's changes of plan record them).
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        java.time.LocalDate next = today.withDayOfMonth(1).plusMonths(1);
        web.platform().db().system(CallContext.system("test.plan"), tx -> {
            tx.insertInto(PLAN_ASSIGNMENTS).set(PLAN_ASSIGNMENTS.TENANT_ID, tenantId).set(PLAN_ASSIGNMENTS.FROM_DATE, today)
                    .set(PLAN_ASSIGNMENTS.PLAN_CODE, "standard").execute();
            tx.insertInto(PLAN_ASSIGNMENTS).set(PLAN_ASSIGNMENTS.TENANT_ID, tenantId).set(PLAN_ASSIGNMENTS.FROM_DATE, next)
                    .set(PLAN_ASSIGNMENTS.PLAN_CODE, "enterprise").execute();
            return tx.update(TENANTS_).set(TENANTS_.PLAN, "standard").where(TENANTS_.ID.eq(tenantId)).execute();
        });
        Browser.navigate(web.browser(), By.linkText("Plan and prices"), Browser.present(By.id("plan-prices")));
        org.hearth.web.pages.Formats english = org.hearth.web.pages.Formats.of("en");
        assertThat(Browser.text(web.browser(), By.id("plan-name"))).isEqualTo("Your organisation is on the Standard plan since " + english.date(today) + ".");
        assertThat(Browser.text(web.browser(), By.id("plan-changes"))).contains("From " + english.date(next) + ": the Enterprise plan.");
        assertThat(Browser.text(web.browser(), By.id("plan-prices"))).contains("€49.00 a month").contains("Free each month: 1,000 consented reads.").contains("Then €0.0002 each.")
                .contains("up to 10,000: €0.01 each").contains("above 100,000: €0.003 each").contains("Then €2.50 per started block of 1,000 records delivered.")
                .contains("1.5 % of each declared transaction").contains("At least €0.50 per transaction.").contains("At most €25.00 per transaction.");
        fitsThePhone("the plan page");

        Browser.navigate(web.browser(), By.linkText("Usage"), Browser.present(By.id("estimate")));
        assertThat(Browser.text(web.browser(), By.id("estimate-heading"))).contains("Estimate (not an invoice)");
        assertThat(Browser.text(web.browser(), By.id("usage-consented-reads"))).contains("7 consented reads").contains("7 consented reads free");
        assertThat(Browser.text(web.browser(), By.id("estimate-subtotal"))).contains("€49.00");
        assertThat(Browser.text(web.browser(), By.cssSelector(".estimate-vat"))).contains("VAT at 20 %").contains("€9.80");
        assertThat(Browser.text(web.browser(), By.id("estimate-total"))).contains("€58.80");
        assertThat(web.browser().findElements(By.id("limits"))).as("the standard plan has no hard limits").isEmpty();

        Browser.navigate(web.browser(), By.linkText("Billing details"), Browser.present(By.id("billing-details")));
        fitsThePhone("the billing-details form");
        assertThat(Browser.text(web.browser(), By.id("vat-explained"))).contains("reverse charge");
        Browser.type(web.browser(), By.id("legalName"), "Pages Billed GmbH");
        Browser.type(web.browser(), By.id("line1"), "Hauptstrasse 5");
        Browser.type(web.browser(), By.id("postcode"), "10115");
        Browser.type(web.browser(), By.id("city"), "Berlin");
        Browser.selectText(web.browser(), By.id("country"), "Germany");
        Browser.type(web.browser(), By.id("vatNumber"), "DE12345");
        Browser.type(web.browser(), By.id("billingEmail"), "invoices@pages-billed.example");
        Browser.navigate(web.browser(), By.cssSelector("#billing-details button[type=submit]"), Browser.present(By.id("vatNumber-error")));
        assertThat(Browser.text(web.browser(), By.id("vatNumber-error"))).contains("DE123456789");
        assertThat(Browser.attribute(web.browser(), By.id("vatNumber"), "aria-invalid")).isEqualTo("true");
        assertThat(Browser.attribute(web.browser(), By.id("vatNumber"), "aria-describedby")).contains("vatNumber-error");
        assertThat(Browser.attribute(web.browser(), By.id("legalName"), "value")).as("what was typed is kept").isEqualTo("Pages Billed GmbH");
        assertThat(web.browser().findElements(By.id("legalName-error"))).isEmpty();

        Browser.type(web.browser(), By.id("vatNumber"), "DE 123 456 789");
        Browser.navigate(web.browser(), By.cssSelector("#billing-details button[type=submit]"), Browser.present(By.id("notice")));
        web.browser().navigate().refresh();
        Browser.await(web.browser(), "the page reloaded", d -> !d.findElements(By.id("vatNumber")).isEmpty()
                && "DE123456789".equals(d.findElement(By.id("vatNumber")).getDomProperty("value")));
        assertThat(Browser.attribute(web.browser(), By.id("legalName"), "value")).isEqualTo("Pages Billed GmbH");
        assertThat(new org.openqa.selenium.support.ui.Select(web.browser().findElement(By.id("country"))).getFirstSelectedOption().getText())
                .isEqualTo("Germany");

        Browser.navigate(web.browser(), By.linkText("Usage"), Browser.present(By.id("estimate")));
        assertThat(Browser.text(web.browser(), By.cssSelector(".estimate-vat"))).contains("reverse charge");
        assertThat(Browser.text(web.browser(), By.id("estimate-total"))).contains("€49.00");
        assertThat(Browser.text(web.browser(), By.id("vat-note"))).contains("you account for it (reverse charge)");
    }
}
