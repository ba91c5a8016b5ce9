package org.hearth.tenants.billing.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.hearth.tenants.billing.pricing.PlanDocument;
import org.hearth.tenants.billing.pricing.PlanVersion;
import org.hearth.web.pages.Messages;
import org.junit.jupiter.api.Test;

class PriceFieldsTest {

    private static JsonNode shippedVersion(int plan) throws Exception {
        return new ObjectMapper().readTree(PriceFieldsTest.class.getResourceAsStream(PlanDocument.SHIPPED)).get("plans").get(plan)
                .get("versions").get(0);
    }

    @Test
    void theStandardVersionOffersEachPriceAllowanceMinimumAndLimitByItsPath() throws Exception {
        List<PriceFields.Field> fields = PriceFields.of(shippedVersion(1));

        assertThat(fields).extracting(f -> f.path() + "=" + f.value()).contains("components[0].price=49.00",
                "components[1].tiers[0].unit_price=0.010", "components[1].tiers[1].flat_fee=20.00", "components[1].free_allowance=1000",
                "components[3].block_price=2.50", "components[6].rate_percent=1.5", "components[6].maximum=25.00", "minimum_commitment=",
                "invoice_threshold=1000.00");
        assertThat(fields).extracting(PriceFields.Field::path).doesNotContain("components[1].tiers[0].up_to", "components[3].block_size",
                "components[0].free_allowance", "components[6].free_allowance");
        assertThat(PriceFields.of(shippedVersion(0))).extracting(PriceFields.Field::path).contains("hard_limits.consented_reads");
    }

    @Test
    void aNewVersionIsTheLatestWithTheSubmittedNumbersInPlaceAndEverythingElseUnchanged() throws Exception {
        JsonNode latest = shippedVersion(1);

        var next = PriceFields.apply(latest, Map.of("components[0].price", "59,50", "components[1].tiers[1].flat_fee", "",
                "minimum_commitment", "1 200,00", "not.a.field", "1"), "2027-01-01", "fr");

        assertThat(next.has("version")).isFalse();
        PlanVersion v = PlanDocument.parseVersion(next.deepCopy().put("version", 2).toString());
        assertThat(v.effectiveFrom()).hasToString("2027-01-01");
        assertThat(next.at("/components/0/price").asText()).isEqualTo("59.50");
        assertThat(next.at("/components/1/tiers/1").has("flat_fee")).as("left empty: dropped").isFalse();
        assertThat(next.at("/minimum_commitment").asText()).isEqualTo("1200.00");
        assertThat(next.at("/components/1/tiers/0/up_to").asInt()).as("not shown: unchanged").isEqualTo(10000);
        assertThat(next.has("not")).isFalse();
        assertThat(PriceFields.apply(latest, Map.of("components[1].free_allowance", "1,500"), "2027-01-01", "en")
                .at("/components/1/free_allowance").asText()).as("English digit groups").isEqualTo("1500");
    }

    @Test
    void pricesReadAsSentences() {
        var standard = PlanDocument.shipped().plan("standard").orElseThrow().versions().getFirst();
        var enterprise = PlanDocument.shipped().plan("enterprise").orElseThrow().versions().getFirst();

        assertThat(PriceWords.of(Messages.of("en"), standard)).contains("Subscription €49.00 per month",
                "€0.010 per consented read after the first 1,000, up to 10,000; then €0.006 per consented read, up to 100,000, plus €20.00 once;"
                        + " then €0.003 per consented read beyond.",
                "€2.50 per started block of 1,000 records delivered after the first 1,000.",
                "1.5% of each declared transaction's value plus €0.10 per transaction, at least €0.50, at most €25.00 per transaction.",
                "An interim invoice once the month reaches €1,000.00.");
        assertThat(PriceWords.of(Messages.of("en"), enterprise)).contains("At least €1,500.00 per month");
        assertThat(PriceWords.of(Messages.of("fr"), standard).getFirst()).isEqualTo("Abonnement 49,00\u00a0€ par mois");
    }
}
