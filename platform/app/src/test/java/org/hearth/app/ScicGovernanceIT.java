package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fr-scic profile over HTTP: indivisible reserves at closing with reserves below and then
 * above share capital (the legal reserve alone still below it), interest on shares capped by recorded TMO values, the ESUS pay ratio,
 * and college weights deciding a special resolution that a head count would reject.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScicGovernanceIT {

    static final String CHARTER = """
            # Statuts de Hearth SCIC (test)

            ```yaml hearth-charter
            legal_profile: fr-scic
            company_name: Hearth SCIC SA
            currency: EUR
            financial_year_start: "01-01"
            asset_locked_bodies: []
            legal_reserve_rate: "0.15"
            statutory_reserve_rate: "0.50"
            share_interest_margin: "0.02"
            colleges:
              - { id: beneficiaries, name: Bénéficiaires, weight: 30 }
              - { id: employees,     name: Salariés,      weight: 20 }
              - { id: organisations, name: Organisations, weight: 20 }
              - { id: public-bodies, name: Collectivités, weight: 10 }
              - { id: founders,      name: Fondateurs,    weight: 20 }
            resolutions:
              ordinary: { majority: "0.50", quorum: "0.20" }
              special:  { majority: "0.6666", majority_rule: more-than, quorum: "0.25" }
            ```
            """;

    private static Platform platform;
    private static Staff operator;
    private static Staff board;
    private static String year2024;
    private static String year2025;
    private static final List<String> members = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        Path charter = Files.createTempFile("scic-charter", ".md");
        Files.writeString(charter, CHARTER);
        platform = TestPlatform.start(Optional.of(charter), Map.of());
        operator = Staff.signIn(platform, "tresorier@hearth.example", "mot de passe du tresorier", Set.of("operator"));
        board = Staff.signIn(platform, "presidente@hearth.example", "mot de passe de la presidente", Set.of("board"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static void post(String date, String kind, String debit, String credit, String amount) {
        operator.entry(date, kind, debit, credit, amount);
    }

    private static int entryCount() {
        return operator.entryCount();
    }

    @Test
    @Order(1)
    @DisplayName("Reserves below capital: of a 20,000.00 surplus at least 3,000.00 to the legal reserve and 8,500.00 to the statutory one")
    void reservesBelowCapital() {
        assertThat(board.get("/api/v1/governance/accounts").encode()).contains("legal_reserve", "statutory_reserve");
        year2024 = operator.post("/api/v1/governance/years", "{\"startsOn\":\"2024-01-01\"}", 201).getString("id");
        post("2024-01-15", "share_capital", "1000", "3000", "10000.00");
        post("2024-06-30", "revenue", "1000", "4000", "20000.00");
        int before = entryCount();
        HttpResponse<String> tooLittle = operator.post("/api/v1/governance/years/" + year2024 + "/closing",
                "{\"legalReserve\":\"2999.99\",\"statutoryReserve\":\"9000.00\"}");
        assertThat(tooLittle.statusCode()).isEqualTo(422);
        JsonObject problem = Http.json(tooLittle);
        assertThat(problem.getString("code")).isEqualTo("reserve_minimum");
        assertThat(problem.getString("legalReserveMinimum")).isEqualTo("3000.00");
        assertThat(entryCount()).isEqualTo(before);
        assertThat(board.get("/api/v1/governance/years").getJsonArray("items").getJsonObject(0).getString("status")).isEqualTo("open");

        JsonObject closed = operator.post("/api/v1/governance/years/" + year2024 + "/closing", "{}", 200);
        assertThat(closed.getString("result")).isEqualTo("20000.00");
        assertThat(closed.getJsonObject("reserveAllocation").getString("legalReserve")).isEqualTo("3000.00");
        assertThat(closed.getJsonObject("reserveAllocation").getString("statutoryReserve")).isEqualTo("8500.00");
        JsonObject status = board.get("/api/v1/governance/years/" + year2024 + "/status");
        assertThat(status.getJsonObject("reserves").getString("legalReserve")).isEqualTo("3000.00");
        assertThat(status.getJsonObject("reserves").getString("statutoryReserve")).isEqualTo("8500.00");
        assertThat(status.getJsonObject("reserves").getString("retainedEarnings")).isEqualTo("8500.00");
        assertThat(status.getJsonObject("reinvestment").getJsonObject("year").getString("minimumShare")).startsWith("0.575");
    }

    @Test
    @Order(2)
    @DisplayName("Reserves of 11,500.00 above a capital of 10,000.00, but the legal reserve of 3,000.00 below it: 15% of a 10,000.00"
            + " surplus still goes to the legal reserve, then half of the rest to the statutory one")
    void reservesAboveCapital() {
        year2025 = board.get("/api/v1/governance/years").getJsonArray("items").getJsonObject(1).getString("id");
        post("2025-03-31", "revenue", "1000", "4100", "10000.00");
        HttpResponse<String> tooLittle = operator.post("/api/v1/governance/years/" + year2025 + "/closing",
                "{\"legalReserve\":\"0.00\",\"statutoryReserve\":\"4999.99\"}");
        assertThat(tooLittle.statusCode()).isEqualTo(422);
        assertThat(Http.json(tooLittle).getString("legalReserveMinimum")).isEqualTo("1500.00");
        assertThat(Http.json(tooLittle).getString("statutoryReserveMinimum")).as("half of all 10,000.00 when none goes to the legal reserve")
                .isEqualTo("5000.00");
        JsonObject closed = operator.post("/api/v1/governance/years/" + year2025 + "/closing", "{}", 200);
        assertThat(closed.getJsonObject("reserveAllocation").getString("legalReserve")).isEqualTo("1500.00");
        assertThat(closed.getJsonObject("reserveAllocation").getString("statutoryReserve")).isEqualTo("4250.00");
        assertThat(board.get("/api/v1/governance/years/" + year2025 + "/status").getJsonObject("reserves").getString("statutoryReserve"))
                .isEqualTo("12750.00");
    }

    @Test
    @Order(3)
    @DisplayName("College weights decide a special resolution: 4 for, 3 against by heads (57%) is 80% weighted, more than two thirds")
    void collegeWeights() {
        String[][] roll = {{"Ana", "beneficiaries"}, {"Bruno", "employees"}, {"Chen", "employees"}, {"Dalia", "employees"},
                {"Coop Énergie", "organisations"}, {"Ville de Lyon", "public-bodies"}, {"Fondatrice", "founders"}};
        for (String[] m : roll) {
            members.add(board.post("/api/v1/board/members", "{\"name\":\"" + m[0] + "\",\"college\":\"" + m[1] + "\",\"joinedOn\":\"2024-01-01\"}", 201)
                    .getString("id"));
        }
        String meeting = board.post("/api/v1/board/meetings", "{\"heldOn\":\"2026-06-15\",\"kind\":\"general\",\"title\":\"Assemblée générale 2026\"}", 201)
                .getString("id");
        String resolution = board.post("/api/v1/board/meetings/" + meeting + "/resolutions", "{\"kind\":\"special\",\"subject\":\"share_interest\","
                + "\"title\":\"Intérêts aux parts\",\"body\":\"L'assemblée décide de servir un intérêt aux parts.\"}", 201).getString("id");
        String[] choices = {"for", "against", "against", "against", "for", "for", "for"};
        for (int i = 0; i < choices.length; i++) {
            board.post("/api/v1/board/resolutions/" + resolution + "/votes", "{\"memberId\":\"" + members.get(i) + "\",\"choice\":\"" + choices[i] + "\"}", 201);
        }
        JsonObject decided = board.post("/api/v1/board/resolutions/" + resolution + "/result", "{}", 200);
        assertThat(decided.getString("outcome")).isEqualTo("passed");
        assertThat(decided.getJsonObject("tally").getString("weightedFor")).startsWith("80");
        assertThat(decided.getJsonObject("tally").getString("weightedCast")).startsWith("100");
        shareInterest(resolution);
    }

    private void shareInterest(String resolution) {
        String declare = "{\"yearId\":\"" + year2025 + "\",\"rate\":\"%s\",\"amount\":\"%s\",\"resolutionId\":\""
                + resolution + "\"}";
        operator.post("/api/v1/governance/reference-values", "{\"kind\":\"tmo\",\"year\":2023,\"value\":\"0.0400\",\"source\":\"Banque de France\"}", 201);
        operator.post("/api/v1/governance/reference-values", "{\"kind\":\"tmo\",\"year\":2024,\"value\":\"0.0350\",\"source\":\"Banque de France\"}", 201);
        HttpResponse<String> missing = operator.post("/api/v1/governance/share-interest", declare.formatted("0.05", "500.00"));
        assertThat(missing.statusCode()).isEqualTo(409);
        assertThat(Http.json(missing).getString("detail")).contains("2025");
        operator.post("/api/v1/governance/reference-values", "{\"kind\":\"tmo\",\"year\":2025,\"value\":\"0.0300\",\"source\":\"Banque de France\"}", 201);
        int before = entryCount();
        HttpResponse<String> over = operator.post("/api/v1/governance/share-interest", declare.formatted("0.0551", "500.00"));
        assertThat(over.statusCode()).isEqualTo(422);
        assertThat(Http.json(over).getString("cap")).startsWith("0.055");
        assertThat(entryCount()).isEqualTo(before);
        HttpResponse<String> tooMuch = operator.post("/api/v1/governance/share-interest", declare.formatted("0.055", "550.01"));
        assertThat(Http.json(tooMuch).getString("maximum")).as("5.5% of 10,000.00 of share capital").isEqualTo("550.00");
        assertThat(operator.post("/api/v1/governance/share-interest", declare.formatted("0.055", "550.00"), 201).getString("cap")).startsWith("0.055");
        HttpResponse<String> dividend = operator.post("/api/v1/governance/dividends", "{\"yearId\":\"" + year2025 + "\",\"declaredOn\":\"2026-06-15\","
                + "\"recipient\":\"Sociétaires\",\"amount\":\"1.00\"}");
        assertThat(Http.json(dividend).getString("code")).as("a SCIC pays interest on shares, not dividends").isEqualTo("ledger_rule");
    }

    @Test
    @Order(4)
    @DisplayName("ESUS: five best paid on average within 7 × SMIC and the best within 10 ×, then both broken; no SMIC, no answer")
    void payRatio() {
        assertThat(Http.json(board.http.get("/api/v1/governance/pay-ratio/2025")).getString("code")).isEqualTo("missing_reference_value");
        operator.post("/api/v1/governance/reference-values", "{\"kind\":\"smic-annual\",\"year\":2025,\"value\":\"21621.60\",\"source\":\"Décret SMIC (test figure)\"}", 201);
        String people = "{\"people\":[{\"person\":\"P1\",\"annualPay\":\"150000.00\"},{\"person\":\"P2\",\"annualPay\":\"140000.00\"},"
                + "{\"person\":\"P3\",\"annualPay\":\"140000.00\"},{\"person\":\"P4\",\"annualPay\":\"130000.00\"},{\"person\":\"P5\",\"annualPay\":\"120000.00\"},"
                + "{\"person\":\"P6\",\"annualPay\":\"30000.00\"}%s]}";
        assertThat(operator.put("/api/v1/governance/pay-records/2025", people.formatted("")).statusCode()).isEqualTo(204);
        JsonObject ok = board.get("/api/v1/governance/pay-ratio/2025");
        assertThat(ok.getString("averageOfBestPaid")).isEqualTo("136000.00");
        assertThat(ok.getString("averageLimit")).isEqualTo("151351.20");
        assertThat(ok.getString("highestLimit")).isEqualTo("216216.00");
        assertThat(ok.getBoolean("passes")).isTrue();
        operator.put("/api/v1/governance/pay-records/2025", people.formatted(",{\"person\":\"P7\",\"annualPay\":\"220000.00\"}"));
        JsonObject broken = board.get("/api/v1/governance/pay-ratio/2025");
        assertThat(broken.getString("averageOfBestPaid")).isEqualTo("156000.00");
        assertThat(broken.getBoolean("averageWithinLimit")).isFalse();
        assertThat(broken.getBoolean("highestWithinLimit")).isFalse();
        assertThat(broken.getJsonArray("failures")).hasSize(2);
    }
}
