package org.hearth.tenants.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class PlanDocumentTest {

    /** A valid document with one plan whose one component is {@code component}. */
    private static String withComponent(String component) {
        return """
                {"plans": [{"code": "p", "name": {"en": "P", "fr": "P"}, "versions": [
                  {"version": 1, "effective_from": "2026-01-01", "currency": "EUR", "components": [%s]}]}]}
                """.formatted(component);
    }

    private static void refused(String document, String field, String reason) {
        assertThatThrownBy(() -> PlanDocument.parse(document)).isInstanceOfSatisfying(PlanInvalid.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.reason()).contains(reason);
        });
    }

    @Test
    void theShippedPlansAreSandboxStandardAndEnterpriseInEuros() {
        PlanCatalogue shipped = PlanDocument.shipped();
        assertThat(shipped.plans()).extracting(Plan::code).containsExactly("sandbox", "standard", "enterprise");
        assertThat(shipped.plan("sandbox").orElseThrow().name("fr")).isEqualTo("Bac à sable");
        PlanVersion sandbox = shipped.plan("sandbox").orElseThrow().versions().getFirst();
        assertThat(sandbox.components()).isEmpty();
        assertThat(sandbox.hardLimit(Metric.CONSENTED_READS)).hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("1000"));
        PlanVersion standard = shipped.plan("standard").orElseThrow().versionOn(LocalDate.of(2026, 11, 1)).orElseThrow();
        assertThat(standard.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(standard.components().getFirst().model()).isEqualTo(new ChargeModel.Subscription(new BigDecimal("49.00")));
        PlanVersion enterprise = shipped.plan("enterprise").orElseThrow().versions().getFirst();
        assertThat(enterprise.minimumCommitment()).contains(Money.of("1500.00", "EUR"));
    }

    @Test
    void aComponentIsReadWithItsModel() {
        PlanCatalogue catalogue = PlanDocument.parse(withComponent("""
                {"code": "c", "metric": "transaction_value", "model": "percentage", "rate_percent": 2.5,
                 "fixed_fee": "0.30", "minimum": "0.50", "maximum": "10.00"}"""));
        assertThat(catalogue.plans().getFirst().versions().getFirst().components().getFirst().model())
                .isEqualTo(new ChargeModel.Percentage(new BigDecimal("2.5"), new BigDecimal("0.30"),
                        java.util.Optional.of(new BigDecimal("0.50")), java.util.Optional.of(new BigDecimal("10.00"))));
    }

    @Test
    void aMisspeltFieldIsRefusedWhereItIs() {
        refused(withComponent("{\"code\": \"c\", \"metric\": \"consented_reads\", \"model\": \"standard\", \"unitprice\": 1}"),
                "plans[0].versions[0].components[0].unitprice", "is not a known field");
    }

    @Test
    void tiersMustRiseAndEndUnbounded() {
        refused(withComponent("""
                {"code": "c", "metric": "consented_reads", "model": "graduated",
                 "tiers": [{"up_to": 100, "unit_price": 1}, {"up_to": 100, "unit_price": 1}, {"unit_price": 1}]}"""),
                "plans[0].versions[0].components[0].tiers[1].up_to", "must be above the previous tier's 100");
        refused(withComponent("""
                {"code": "c", "metric": "consented_reads", "model": "volume", "tiers": [{"up_to": 100, "unit_price": 1}]}"""),
                "plans[0].versions[0].components[0].tiers[0].up_to", "the last tier has no upper bound");
    }

    @Test
    void metricsAndModelsMustBeKnownAndMatch() {
        refused(withComponent("{\"code\": \"c\", \"metric\": \"reads\", \"model\": \"standard\", \"unit_price\": 1}"),
                "plans[0].versions[0].components[0].metric", "must be one of active_agreement_days");
        refused(withComponent("{\"code\": \"c\", \"metric\": \"consented_reads\", \"model\": \"tiered\"}"),
                "plans[0].versions[0].components[0].model", "must be one of subscription");
        refused(withComponent("{\"code\": \"c\", \"metric\": \"consented_reads\", \"model\": \"percentage\", \"rate_percent\": 1}"),
                "plans[0].versions[0].components[0].metric", "transaction_value");
        refused(withComponent("{\"code\": \"c\", \"metric\": \"consented_reads\", \"model\": \"subscription\", \"price\": 1}"),
                "plans[0].versions[0].components[0].metric", "a subscription meters nothing");
    }

    @Test
    void pricesMustBeDecimalsNotNegativeAndFitTheCurrency() {
        refused(withComponent("{\"code\": \"c\", \"model\": \"subscription\", \"price\": \"forty\"}"),
                "plans[0].versions[0].components[0].price", "must be a decimal number");
        refused(withComponent("{\"code\": \"c\", \"metric\": \"records_served\", \"model\": \"standard\", \"unit_price\": -0.01}"),
                "plans[0].versions[0].components[0].unit_price", "must not be negative");
        refused(withComponent("""
                {"code": "c", "metric": "records_served", "model": "standard", "unit_price": 0.01, "spending_minimum": "10.005"}"""),
                "plans[0].versions[0].components[0].spending_minimum", "more decimals than EUR allows");
        refused(withComponent("{\"code\": \"c\", \"metric\": \"records_delivered\", \"model\": \"package\", \"block_size\": 0.5, \"block_price\": 1}"),
                "plans[0].versions[0].components[0].block_size", "whole number");
        refused(withComponent("""
                {"code": "c", "metric": "transaction_value", "model": "percentage", "rate_percent": 1, "minimum": 5, "maximum": 2}"""),
                "plans[0].versions[0].components[0].minimum", "must not be above the maximum");
    }

    @Test
    void plansNeedBothNamesAKnownCurrencyAndVersionsInOrder() {
        refused("""
                {"plans": [{"code": "p", "name": {"en": "P"}, "versions": []}]}""", "plans[0].name.fr", "is required");
        refused("""
                {"plans": [{"code": "p", "name": {"en": "P", "fr": "P"}, "versions": [
                  {"version": 1, "effective_from": "2026-01-01", "currency": "EURO", "components": []}]}]}""",
                "plans[0].versions[0].currency", "ISO 4217");
        refused("""
                {"plans": [{"code": "p", "name": {"en": "P", "fr": "P"}, "versions": [
                  {"version": 1, "effective_from": "2026-06-01", "currency": "EUR", "components": []},
                  {"version": 2, "effective_from": "2026-06-01", "currency": "EUR", "components": []}]}]}""",
                "plans[0].versions[1].effective_from", "must be after the previous version's 2026-06-01");
        refused("""
                {"plans": [{"code": "p", "name": {"en": "P", "fr": "P"}, "versions": [
                  {"version": 1, "effective_from": "1 June", "currency": "EUR", "components": []}]}]}""",
                "plans[0].versions[0].effective_from", "YYYY-MM-DD");
    }

    @Test
    void aPlanCodeIsDefinedOnceAndADocumentIsJson() {
        String plan = "{\"code\": \"p\", \"name\": {\"en\": \"P\", \"fr\": \"P\"}, \"versions\": [{\"version\": 1,"
                + " \"effective_from\": \"2026-01-01\", \"currency\": \"EUR\", \"components\": []}]}";
        refused("{\"plans\": [" + plan + ", " + plan + "]}", "plans[1].code", "defined twice");
        refused("{\"plans\": [", "$", "is not JSON");
        refused("{\"plans\": []}", "plans", "at least one plan");
        refused(withComponent("""
                {"code": "c", "metric": "transaction_value", "model": "percentage", "rate_percent": 1, "free_allowance": 10}"""),
                "plans[0].versions[0].components[0].free_allowance", "a percentage has none");
    }
}
