package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The fr-scic legal reserve over HTTP, as corrected (rules.md §2, 2026-12): 15% of the surplus
 * while the legal reserve itself is below the highest share capital ever reached, so neither
 * the statutory reserve nor a later reduction of capital ends the allocation.
 */
class ScicLegalReserveIT {

    private static Platform platform;
    private static Staff operator;
    private static Staff board;

    @BeforeAll
    static void start() throws IOException {
        Path charter = Files.createTempFile("scic-charter", ".md");
        Files.writeString(charter, ScicGovernanceIT.CHARTER);
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
    @DisplayName("Capital up to 15,000.00 then down to 2,000.00: with a legal reserve of 3,000.00 and 11,500.00 of reserves in all,"
            + " closing still needs 1,500.00 for the legal reserve, and a proposal of none is refused with the high-water mark")
    void reductionOfCapitalDoesNotEndTheLegalReserve() {
        String year2024 = operator.post("/api/v1/governance/years", "{\"startsOn\":\"2024-01-01\"}", 201).getString("id");
        post("2024-01-15", "share_capital", "1000", "3000", "10000.00");
        post("2024-06-30", "revenue", "1000", "4000", "20000.00");
        JsonObject first = operator.post("/api/v1/governance/years/" + year2024 + "/closing", "{}", 200).getJsonObject("reserveAllocation");
        assertThat(first.getString("legalReserve")).isEqualTo("3000.00");
        assertThat(first.getString("statutoryReserve")).isEqualTo("8500.00");

        String year2025 = board.get("/api/v1/governance/years").getJsonArray("items").getJsonObject(1).getString("id");
        post("2025-03-01", "share_capital", "1000", "3000", "5000.00");
        post("2025-09-30", "share_capital", "3000", "1000", "13000.00");
        post("2025-10-31", "revenue", "1000", "4100", "10000.00");
        int before = entryCount();
        HttpResponse<String> none = operator.post("/api/v1/governance/years/" + year2025 + "/closing",
                "{\"legalReserve\":\"0.00\",\"statutoryReserve\":\"5000.00\"}");

        assertThat(none.statusCode()).isEqualTo(422);
        JsonObject problem = Http.json(none);
        assertThat(problem.getString("code")).isEqualTo("reserve_minimum");
        assertThat(problem.getString("legalReserveMinimum")).isEqualTo("1500.00");
        assertThat(problem.getString("capitalHighWaterMark")).isEqualTo("15000.00");
        assertThat(problem.getString("shareCapital")).isEqualTo("2000.00");
        assertThat(problem.getString("legalReserveBefore")).isEqualTo("3000.00");
        assertThat(problem.getString("reservesBefore")).isEqualTo("11500.00");
        assertThat(problem.getString("detail")).contains("high-water mark of EUR 15000.00");
        assertThat(entryCount()).as("a refused closing books nothing").isEqualTo(before);
        assertThat(board.get("/api/v1/governance/years").getJsonArray("items").getJsonObject(1).getString("status")).isEqualTo("open");

        JsonObject closed = operator.post("/api/v1/governance/years/" + year2025 + "/closing", "{}", 200).getJsonObject("reserveAllocation");
        assertThat(closed.getString("legalReserve")).isEqualTo("1500.00");
        assertThat(closed.getString("statutoryReserve")).isEqualTo("4250.00");
        assertThat(closed.getString("capitalHighWaterMark")).isEqualTo("15000.00");
        JsonObject reserves = board.get("/api/v1/governance/years/" + year2025 + "/status").getJsonObject("reserves");
        assertThat(reserves.getString("shareCapital")).isEqualTo("2000.00");
        assertThat(reserves.getString("shareCapitalHighWaterMark")).isEqualTo("15000.00");
        assertThat(reserves.getString("legalReserve")).isEqualTo("4500.00");
        assertThat(reserves.getString("statutoryReserve")).isEqualTo("12750.00");
    }
}
