package org.hearth.kernel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seller and VAT rates from HEARTH_BILLING_* and HEARTH_VAT_*: the placeholders by default, every bad value refused at start. */
class BillingConfigTest {

    private static final Map<String, String> SELLER = Map.ofEntries(
            Map.entry("HEARTH_BILLING_SELLER_NAME", "Coopérative Hearth SCIC"),
            Map.entry("HEARTH_BILLING_SELLER_ADDRESS_LINE1", "3 place du Marché"),
            Map.entry("HEARTH_BILLING_SELLER_ADDRESS_LINE2", "Bâtiment B"),
            Map.entry("HEARTH_BILLING_SELLER_POSTCODE", "35000"),
            Map.entry("HEARTH_BILLING_SELLER_CITY", "Rennes"),
            Map.entry("HEARTH_BILLING_SELLER_COUNTRY", "FR"),
            Map.entry("HEARTH_BILLING_SELLER_VAT_NUMBER", "FR83404833048"),
            Map.entry("HEARTH_BILLING_SELLER_REGISTRATION_ID", "404833048"),
            Map.entry("HEARTH_BILLING_SELLER_REGISTRATION_SCHEME", "0002"),
            Map.entry("HEARTH_BILLING_SELLER_IBAN", "DE89 3704 0044 0532 0130 00"),
            Map.entry("HEARTH_BILLING_SELLER_BIC", "COBADEFFXXX"),
            Map.entry("HEARTH_BILLING_SELLER_EMAIL", "factures@hearth.coop"));

    private static BillingConfig load(Map<String, String> env) {
        return ConfigLoader.load(env).billing();
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> env = new HashMap<>(SELLER);
        env.put(key, value);
        return env;
    }

    @Test
    void aFreshInstallBillsAsThePlaceholderSellerWithTheShippedRatesAndSaysWhichKeysAreUnset() {
        BillingConfig config = load(Map.of());

        assertThat(config.seller()).isEqualTo(BillingConfig.PLACEHOLDER_SELLER);
        assertThat(config.seller().legalName()).isEqualTo("Hearth Commons SCIC SAS");
        assertThat(config.vatHomeCountry()).isEqualTo("FR");
        assertThat(config.vatRates()).containsEntry("FR", new BigDecimal("20")).containsEntry("DE", new BigDecimal("19")).hasSize(6);
        assertThat(config.placeholders()).contains("HEARTH_BILLING_SELLER_NAME", "HEARTH_BILLING_SELLER_IBAN").hasSize(11);
    }

    @Test
    void everySellerDetailComesFromTheEnvironmentAndThenNoPlaceholderIsLeft() {
        BillingConfig config = load(SELLER);

        BillingConfig.Seller s = config.seller();
        assertThat(s.legalName()).isEqualTo("Coopérative Hearth SCIC");
        assertThat(s.addressLines()).containsExactly("3 place du Marché", "Bâtiment B");
        assertThat(s.postcode()).isEqualTo("35000");
        assertThat(s.city()).isEqualTo("Rennes");
        assertThat(s.vatNumber()).isEqualTo("FR83404833048");
        assertThat(s.registrationId()).isEqualTo("404833048");
        assertThat(s.iban()).as("spaces dropped").isEqualTo("DE89370400440532013000");
        assertThat(s.bic()).isEqualTo("COBADEFFXXX");
        assertThat(s.email()).isEqualTo("factures@hearth.coop");
        assertThat(config.placeholders()).isEmpty();
    }

    @Test
    void vatRatesAndTheHomeCountryAreReadFromTheEnvironmentOrTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hearth.properties");
        Files.writeString(file, "HEARTH_VAT_RATES=FR:20,DE:19,LU:17,IE:23\nHEARTH_VAT_HOME_COUNTRY=DE\nHEARTH_BILLING_SELLER_CITY=Berlin\n");

        BillingConfig config = load(Map.of("HEARTH_CONFIG", file.toString(), "HEARTH_VAT_RATES", "FR:20, DE:19, LU:16.5"));

        assertThat(config.vatRates()).isEqualTo(Map.of("FR", new BigDecimal("20"), "DE", new BigDecimal("19"), "LU", new BigDecimal("16.5")));
        assertThat(config.vatHomeCountry()).isEqualTo("DE");
        assertThat(config.seller().city()).isEqualTo("Berlin");
    }

    @Test
    void badVatRatesStopTheStartNamingTheKey() {
        for (String bad : List.of("FR=20", "FR:twenty", "FR:-1", "FR:100", "fr:20", "XX:20", "FR:20,FR:19", "FR:20.12345", "FR:20,,DE:19")) {
            assertThatThrownBy(() -> load(Map.of("HEARTH_VAT_RATES", bad))).as(bad)
                    .isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_VAT_RATES");
        }
        assertThatThrownBy(() -> load(Map.of("HEARTH_VAT_RATES", "DE:19,IT:22")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("home country FR");
        assertThatThrownBy(() -> load(Map.of("HEARTH_VAT_HOME_COUNTRY", "France")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("HEARTH_VAT_HOME_COUNTRY");
    }

    @Test
    void badSellerDetailsStopTheStartNamingTheKey() {
        Map<String, String> bad = Map.of(
                "HEARTH_BILLING_SELLER_IBAN", "FR7630006000011234567890188",
                "HEARTH_BILLING_SELLER_BIC", "AGRI",
                "HEARTH_BILLING_SELLER_COUNTRY", "ZZ",
                "HEARTH_BILLING_SELLER_VAT_NUMBER", "404833048",
                "HEARTH_BILLING_SELLER_REGISTRATION_SCHEME", "SIREN",
                "HEARTH_BILLING_SELLER_EMAIL", "factures.hearth.coop",
                "HEARTH_BILLING_SELLER_NAME", "x".repeat(201));
        bad.forEach((key, value) -> assertThatThrownBy(() -> load(with(key, value))).as(key)
                .isInstanceOf(ConfigException.class).hasMessageContaining(key));
        assertThat(load(with("HEARTH_BILLING_SELLER_IBAN", "FR76 3000 6000 0112 3456 7890 189")).seller().iban())
                .isEqualTo("FR7630006000011234567890189");
    }
}
