package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The uk-cic governance module over HTTP with the repository's CHARTER.md: a ledger through
 * three financial years (profit, loss, profit), the dividend cap with exact figures, the loan
 * interest cap by agreement date, the asset lock, and resolutions that authorise dividends.
 * Each refused action is checked to leave the ledger as it was.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GovernanceIT {

    private static Platform platform;
    private static Staff operator;
    private static Staff board;
    private static String year2023;
    private static final List<String> members = new ArrayList<>();

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        operator = Staff.signIn(platform, "treasurer@hearth.example", "treasurer password", Set.of("operator"));
        board = Staff.signIn(platform, "chair@hearth.example", "chair of the board", Set.of("board"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static String entry(String date, String kind, String description, String debitAccount, String creditAccount, String amount) {
        return "{\"date\":\"" + date + "\",\"kind\":\"" + kind + "\",\"description\":\"" + description + "\",\"justification\":\"doc-" + date + "\","
                + "\"lines\":[{\"account\":\"" + debitAccount + "\",\"debit\":\"" + amount + "\"},{\"account\":\"" + creditAccount
                + "\",\"credit\":\"" + amount + "\"}]}";
    }

    private static int entryCount() {
        return operator.entryCount();
    }

    private static String authorisedBy(String resolution) {
        return ",\"resolutionId\":\"" + resolution + "\"";
    }

    private static String passedResolution(String subject, String kind) {
        String meeting = board.post("/api/v1/board/meetings", "{\"heldOn\":\"2025-06-30\",\"kind\":\"general\",\"title\":\"AGM " + subject + "\"}", 201)
                .getString("id");
        String resolution = board.post("/api/v1/board/meetings/" + meeting + "/resolutions", "{\"kind\":\"" + kind + "\",\"subject\":\"" + subject
                + "\",\"title\":\"On " + subject + "\",\"body\":\"The members resolve.\"}", 201).getString("id");
        for (String member : members) {
            board.post("/api/v1/board/resolutions/" + resolution + "/votes", "{\"memberId\":\"" + member + "\",\"choice\":\"for\"}", 201);
        }
        assertThat(board.post("/api/v1/board/resolutions/" + resolution + "/result", "{}", 200).getString("outcome")).isEqualTo("passed");
        return resolution;
    }

    @Test
    @Order(1)
    @DisplayName("The chart is seeded from the uk-cic profile, and both operators and the board read it; individuals cannot")
    void chartOfAccounts() {
        JsonArray accounts = board.get("/api/v1/governance/accounts").getJsonArray("items");
        assertThat(accounts.stream().map(a -> ((JsonObject) a).getString("role")).toList())
                .contains("revenue:subscriptions", "revenue:usage_fees", "revenue:commissions", "revenue:grants", "revenue:donations",
                        "retained_earnings", "dividends_payable").doesNotContain("legal_reserve");
        assertThat(new Http(platform.port()).get("/api/v1/governance/accounts").statusCode()).isEqualTo(401);
        assertThat(board.post("/api/v1/governance/accounts", "{\"code\":\"5150\",\"name\":\"Training\",\"type\":\"expense\"}").statusCode())
                .as("the board reads, operators write").isEqualTo(403);
        operator.post("/api/v1/governance/accounts", "{\"code\":\"5150\",\"name\":\"Training\",\"type\":\"expense\"}", 201);
    }

    @Test
    @Order(2)
    @DisplayName("Entries must balance, name a justification, and stay off the accounts the rules move; refusals change nothing")
    void postingRules() {
        assertThat(operator.post("/api/v1/governance/entries", entry("2023-05-01", "revenue", "Subscriptions", "1000", "4000", "10.00"))
                .statusCode()).as("no open year yet").isEqualTo(422);
        year2023 = operator.post("/api/v1/governance/years", "{\"startsOn\":\"2023-04-01\"}", 201).getString("id");
        assertThat(operator.post("/api/v1/governance/years", "{\"startsOn\":\"2023-05-01\"}").statusCode()).isEqualTo(400);

        operator.post("/api/v1/governance/entries", entry("2023-05-01", "revenue", "Tenant subscriptions", "1000", "4000", "10000.00"), 201);
        operator.post("/api/v1/governance/entries", entry("2023-09-30", "cost", "Salaries", "5000", "1000", "4000.00"), 201);
        int before = entryCount();
        HttpResponse<String> unbalanced = operator.post("/api/v1/governance/entries", "{\"date\":\"2023-06-01\",\"kind\":\"cost\","
                + "\"description\":\"Hosting\",\"justification\":\"INV-7\",\"lines\":[{\"account\":\"5100\",\"debit\":\"120.00\"},"
                + "{\"account\":\"1000\",\"credit\":\"110.00\"}]}");
        assertThat(unbalanced.statusCode()).isEqualTo(422);
        assertThat(Http.json(unbalanced).getString("code")).isEqualTo("unbalanced_entry");
        assertThat(Http.json(unbalanced).getString("debits")).isEqualTo("120.00");
        HttpResponse<String> byHand = operator.post("/api/v1/governance/entries", entry("2023-06-01", "adjustment", "Pay out", "3100", "1000", "500.00"));
        assertThat(Http.json(byHand).getString("code")).isEqualTo("ledger_rule");
        assertThat(operator.post("/api/v1/governance/entries", entry("2023-06-01", "dividend", "Sneaky", "5900", "1000", "1.00")).statusCode())
                .isEqualTo(400);
        assertThat(entryCount()).isEqualTo(before);

        JsonObject trial = board.get("/api/v1/governance/trial-balance?from=2023-04-01&to=2024-03-31");
        assertThat(trial.getString("totalDebits")).isEqualTo("14000.00");
        assertThat(trial.getString("totalCredits")).isEqualTo("14000.00");
        assertThat(trial.getString("difference")).isEqualTo("0.00");
        JsonObject statement = board.get("/api/v1/governance/accounts/1000/statement?from=2023-04-01&to=2024-03-31");
        assertThat(statement.getString("opening")).isEqualTo("0.00");
        assertThat(statement.getString("closing")).isEqualTo("6000.00");
        assertThat(statement.getJsonArray("entries")).hasSize(2);
    }

    @Test
    @Order(3)
    @DisplayName("Posted entries cannot be rewritten, even in SQL: a correction is a reversing entry, once")
    void immutable() throws Exception {
        String id = operator.post("/api/v1/governance/entries", entry("2023-10-01", "cost", "Mistaken invoice", "5300", "1000", "250.00"), 201)
                .getString("id");
        var database = TestDatabase.get().asExternal();
        try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE governance.journal_lines SET debit = 1 WHERE entry_id = '" + id + "' AND line_no = 1"))
                    .hasMessageContaining("final");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM governance.journal_entries WHERE id = '" + id + "'"))
                    .hasMessageContaining("final");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO governance.journal_lines (entry_id, line_no, account_code, debit, credit) "
                    + "VALUES ('" + id + "', 3, '1000', 5, 0), ('" + id + "', 4, '4000', 0, 5)"))
                    .as("a balanced pair slipped into a posted entry").hasMessageContaining("final");
        }
        JsonObject reversal = operator.post("/api/v1/governance/entries/" + id + "/reversal", "{\"date\":\"2023-10-02\",\"reason\":\"Invoice was for another company\"}", 201);
        assertThat(reversal.getString("reverses")).isEqualTo(id);
        assertThat(reversal.getJsonArray("lines").getJsonObject(0).getString("credit")).isEqualTo("250.00");
        assertThat(operator.post("/api/v1/governance/entries/" + id + "/reversal", "{\"date\":\"2023-10-02\",\"reason\":\"again\"}").statusCode())
                .isEqualTo(409);
    }

    @Test
    @Order(4)
    @DisplayName("Closing 2023 books a 6,000.00 surplus into retained earnings, opens 2024, and later postings dated 2023 go to 2024")
    void closing() throws Exception {
        JsonObject closed = operator.post("/api/v1/governance/years/" + year2023 + "/closing", "", 200);
        assertThat(closed.getString("result")).isEqualTo("6000.00");
        assertThat(closed.getJsonObject("year").getString("status")).isEqualTo("closed");
        assertThat(operator.post("/api/v1/governance/years/" + year2023 + "/closing", "{}").statusCode()).isEqualTo(409);
        var database = TestDatabase.get().asExternal();
        try (var connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE governance.financial_years SET status = 'open' WHERE id = '" + year2023 + "'"))
                    .hasMessageContaining("closed and final");
        }
        JsonArray years = board.get("/api/v1/governance/years").getJsonArray("items");
        assertThat(years).hasSize(2);
        assertThat(years.getJsonObject(1).getString("startsOn")).isEqualTo("2024-04-01");

        JsonObject late = operator.post("/api/v1/governance/entries", entry("2024-01-15", "revenue", "Late usage fees", "1000", "4100", "300.00"), 201);
        assertThat(late.getString("documentDate")).isEqualTo("2024-01-15");
        assertThat(late.getString("date")).isEqualTo("2024-04-01");
        assertThat(late.getString("yearId")).isEqualTo(years.getJsonObject(1).getString("id"));
        JsonObject status = board.get("/api/v1/governance/years/" + year2023 + "/status");
        assertThat(status.getString("result")).isEqualTo("6000.00");
        assertThat(status.getJsonObject("reserves").getString("retainedEarnings")).isEqualTo("6000.00");
    }

    @Test
    @Order(5)
    @DisplayName("Board: members in colleges vote; a meeting below quorum decides nothing, and the result is final")
    void resolutions() {
        String[][] roll = {{"Ada", "individuals"}, {"Ben", "individuals"}, {"Acme Bank", "organisations"}, {"Chloé", "staff"},
                {"Town Council", "public-bodies"}, {"Dev", "founders"}};
        for (String[] m : roll) {
            members.add(board.post("/api/v1/board/members", "{\"name\":\"" + m[0] + "\",\"college\":\"" + m[1] + "\",\"joinedOn\":\"2023-01-01\"}", 201)
                    .getString("id"));
        }
        assertThat(board.post("/api/v1/board/members", "{\"name\":\"X\",\"college\":\"martians\",\"joinedOn\":\"2023-01-01\"}").statusCode()).isEqualTo(400);
        String meeting = board.post("/api/v1/board/meetings", "{\"heldOn\":\"2025-06-30\",\"kind\":\"general\",\"title\":\"Thin AGM\"}", 201).getString("id");
        String thin = board.post("/api/v1/board/meetings/" + meeting + "/resolutions", "{\"kind\":\"ordinary\",\"subject\":\"dividend\","
                + "\"title\":\"Dividend\",\"body\":\"Declare a dividend.\"}", 201).getString("id");
        // Only Dev (founders, 10%) takes part: weighted turnout 10% < 25% quorum.
        board.post("/api/v1/board/resolutions/" + thin + "/votes", "{\"memberId\":\"" + members.get(5) + "\",\"choice\":\"for\"}", 201);
        assertThat(board.post("/api/v1/board/resolutions/" + thin + "/votes", "{\"memberId\":\"" + members.get(5) + "\",\"choice\":\"against\"}")
                .statusCode()).as("one member, one vote").isEqualTo(409);
        JsonObject decided = board.post("/api/v1/board/resolutions/" + thin + "/result", "{}", 200);
        assertThat(decided.getString("outcome")).isEqualTo("no_quorum");
        assertThat(decided.getJsonObject("tally").getString("weightedTurnout")).startsWith("0.1");
        assertThat(board.post("/api/v1/board/resolutions/" + thin + "/votes", "{\"memberId\":\"" + members.get(0) + "\",\"choice\":\"for\"}")
                .statusCode()).isEqualTo(409);
        assertThat(board.post("/api/v1/board/resolutions/" + thin + "/result", "{}").statusCode()).isEqualTo(409);
        assertThat(operator.post("/api/v1/board/members", "{\"name\":\"Y\",\"college\":\"staff\",\"joinedOn\":\"2023-01-01\"}").statusCode())
                .isEqualTo(403);
    }

    @Test
    @Order(6)
    @DisplayName("Dividends for 2023: cap 35% × 6,000.00 = 2,100.00; 0.01 over is refused with the figures; exempt dividends do not count")
    void dividendCap() {
        String dividend = "{\"yearId\":\"" + year2023 + "\",\"declaredOn\":\"2024-07-01\",\"recipient\":\"Shareholders\",\"amount\":\"%s\"%s}";
        HttpResponse<String> unauthorised = operator.post("/api/v1/governance/dividends", dividend.formatted("100.00", ""));
        assertThat(Http.json(unauthorised).getString("code")).isEqualTo("resolution_required");
        String resolution = passedResolution("dividend", "ordinary");
        int before = entryCount();
        HttpResponse<String> over = operator.post("/api/v1/governance/dividends", dividend.formatted("2100.01", authorisedBy(resolution)));
        assertThat(over.statusCode()).isEqualTo(422);
        JsonObject problem = Http.json(over);
        assertThat(problem.getString("code")).isEqualTo("dividend_cap_exceeded");
        assertThat(problem.getString("distributableProfits")).isEqualTo("6000.00");
        assertThat(problem.getString("cap")).isEqualTo("2100.00");
        assertThat(problem.getString("declared")).isEqualTo("0.00");
        assertThat(problem.getString("headroom")).isEqualTo("2100.00");
        assertThat(entryCount()).as("a refused dividend books nothing").isEqualTo(before);

        operator.post("/api/v1/governance/dividends", dividend.formatted("1500.00", authorisedBy(resolution)), 201);
        assertThat(operator.post("/api/v1/governance/dividends", dividend.formatted("1.00", authorisedBy(resolution))).statusCode())
                .as("a resolution authorises one declaration").isEqualTo(409);
        JsonObject second = Http.json(operator.post("/api/v1/governance/dividends", dividend.formatted("600.01",
                authorisedBy(passedResolution("dividend", "ordinary")))));
        assertThat(second.getString("declared")).isEqualTo("1500.00");
        assertThat(second.getString("headroom")).isEqualTo("600.00");
        operator.post("/api/v1/governance/dividends", dividend.formatted("600.00", authorisedBy(passedResolution("dividend", "ordinary"))), 201);

        HttpResponse<String> notLocked = operator.post("/api/v1/governance/dividends", dividend.formatted("1000.00",
                authorisedBy(passedResolution("dividend", "ordinary")) + ",\"exempt\":true,\"regulatorConsent\":\"anything\""));
        assertThat(notLocked.statusCode()).as("only an asset-locked body's dividend can be exempt").isEqualTo(422);
        JsonObject exempt = operator.post("/api/v1/governance/dividends", dividend.formatted("1000.00", authorisedBy(passedResolution("dividend", "ordinary"))
                + ",\"exempt\":true,\"recipientAssetLocked\":true,\"recipientRegistration\":\"Charity 1234567\",\"regulatorConsent\":\"CIC34-CONSENT-2024-17\""), 201);
        assertThat(exempt.getBoolean("exempt")).isTrue();
        JsonObject status = board.get("/api/v1/governance/years/" + year2023 + "/status").getJsonObject("dividends");
        assertThat(status.getString("cap")).isEqualTo("2100.00");
        assertThat(status.getString("declared")).isEqualTo("2100.00");
        assertThat(status.getString("declaredExempt")).isEqualTo("1000.00");
        assertThat(status.getString("headroom")).isEqualTo("0.00");
        assertThat(status.getString("capRate")).isEqualTo("0.35");

        // Paying what was declared settles the payable, never more than is owed.
        HttpResponse<String> overpay = operator.post("/api/v1/governance/entries", entry("2024-07-15", "payment", "Dividends paid", "2100", "1000", "3100.01"));
        assertThat(Http.json(overpay).getString("owed")).isEqualTo("3100.00");
        operator.post("/api/v1/governance/entries", entry("2024-07-15", "payment", "Dividends paid", "2100", "1000", "3100.00"), 201);
    }

    @Test
    @Order(7)
    @DisplayName("A project takes no more than the year retained (6,000.00 − 2,100.00 paid out) nor than retained earnings hold (2,900.00)")
    void projects() {
        String project = operator.post("/api/v1/governance/projects", "{\"name\":\"Digital inclusion\",\"description\":\"Help people use their stores\"}", 201)
                .getString("id");
        String allocation = "{\"yearId\":\"" + year2023 + "\",\"date\":\"2024-08-01\",\"amount\":\"%s\"}";
        operator.post("/api/v1/governance/projects/" + project + "/allocations", allocation.formatted("2000.00"), 201);
        HttpResponse<String> over = operator.post("/api/v1/governance/projects/" + project + "/allocations", allocation.formatted("900.01"));
        assertThat(over.statusCode()).isEqualTo(422);
        assertThat(Http.json(over).getString("retainedEarnings")).isEqualTo("900.00");
        assertThat(Http.json(over).getString("unallocated")).isEqualTo("1900.00");
        assertThat(operator.post("/api/v1/governance/projects/" + project + "/allocations", allocation.formatted("-5.00")).statusCode()).isEqualTo(400);

        String spending = "{\"date\":\"2024-09-01\",\"amount\":\"%s\",\"expenseAccount\":\"%s\",\"description\":\"Workshops\",\"justification\":\"INV-88\"}";
        operator.post("/api/v1/governance/projects/" + project + "/spending", spending.formatted("500.00", "5900"), 201);
        HttpResponse<String> overspent = operator.post("/api/v1/governance/projects/" + project + "/spending", spending.formatted("1500.01", "5900"));
        assertThat(overspent.statusCode()).isEqualTo(422);
        assertThat(Http.json(overspent).getString("available")).isEqualTo("1500.00");
        assertThat(operator.post("/api/v1/governance/projects/" + project + "/spending", spending.formatted("10.00", "5400")).statusCode())
                .as("not through the interest account").isEqualTo(400);
        JsonObject standing = board.get("/api/v1/governance/projects").getJsonArray("items").getJsonObject(0);
        assertThat(standing.getString("allocated")).isEqualTo("2000.00");
        assertThat(standing.getString("spent")).isEqualTo("500.00");
        assertThat(board.get("/api/v1/governance/accounts/3400/statement").getString("closing")).isEqualTo("1500.00");
        JsonObject reinvestment = board.get("/api/v1/governance/years/" + year2023 + "/status").getJsonObject("reinvestment").getJsonObject("year");
        assertThat(reinvestment.getString("retained")).isEqualTo("3900.00");
        assertThat(reinvestment.getString("minimumRetained")).isEqualTo("3900.00");
        assertThat(reinvestment.getBoolean("belowMinimum")).isFalse();
    }

    @Test
    @Order(8)
    @DisplayName("A loss year (2024: -8,000.00) followed by a profit year (2025: +5,000.00) leaves nothing to distribute")
    void lossThenProfit() {
        String year2024 = board.get("/api/v1/governance/years").getJsonArray("items").getJsonObject(1).getString("id");
        operator.post("/api/v1/governance/entries", entry("2024-06-01", "cost", "Rebuild", "5200", "1000", "7800.00"), 201);
        assertThat(operator.post("/api/v1/governance/years/" + year2024 + "/closing", "{}", 200).getString("result")).isEqualTo("-8000.00");
        HttpResponse<String> earlier = operator.post("/api/v1/governance/dividends", "{\"yearId\":\"" + year2023 + "\",\"declaredOn\":\"2025-07-01\","
                + "\"recipient\":\"Shareholders\",\"amount\":\"1.00\",\"resolutionId\":\"" + passedResolution("dividend", "ordinary") + "\"}");
        assertThat(earlier.statusCode()).as("dividends are declared for the latest closed year, which carries 2024's loss").isEqualTo(409);
        String year2025 = board.get("/api/v1/governance/years").getJsonArray("items").getJsonObject(2).getString("id");
        operator.post("/api/v1/governance/entries", entry("2025-06-01", "grant", "Lottery grant", "1000", "4300", "5000.00"), 201);
        assertThat(operator.post("/api/v1/governance/years/" + year2025 + "/closing", "{}", 200).getString("result")).isEqualTo("5000.00");

        // 6,000 + 5,000 profits − 8,000 losses − 3,100 distributed for 2023 (exempt included): −100.00, so the cap is 0.
        JsonObject dividends = board.get("/api/v1/governance/years/" + year2025 + "/status").getJsonObject("dividends");
        assertThat(dividends.getJsonObject("working").getString("accumulatedProfits")).isEqualTo("11000.00");
        assertThat(dividends.getJsonObject("working").getString("accumulatedLosses")).isEqualTo("8000.00");
        assertThat(dividends.getJsonObject("working").getString("previousDistributions")).isEqualTo("3100.00");
        assertThat(dividends.getString("cap")).isEqualTo("0.00");
        String resolution = passedResolution("dividend", "ordinary");
        HttpResponse<String> refused = operator.post("/api/v1/governance/dividends", "{\"yearId\":\"" + year2025 + "\",\"declaredOn\":\"2026-07-01\","
                + "\"recipient\":\"Shareholders\",\"amount\":\"0.01\",\"resolutionId\":\"" + resolution + "\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        String year2026 = board.get("/api/v1/governance/years").getJsonArray("items").getJsonObject(3).getString("id");
        assertThat(operator.post("/api/v1/governance/years/" + year2026 + "/closing", "{}").statusCode()).as("2026 has not ended").isEqualTo(409);
    }

    @Test
    @Order(9)
    @DisplayName("Performance-related interest: 10% cap for a 2012 agreement, 20% for a 2015 one; above the cap nothing is booked")
    void interestCap() {
        String loan2012 = operator.post("/api/v1/governance/loans", "{\"lender\":\"Social Investor\",\"agreementDate\":\"2012-05-01\","
                + "\"receivedOn\":\"2025-05-01\",\"principal\":\"10000.00\",\"performanceRelated\":true}", 201).getString("id");
        int before = entryCount();
        HttpResponse<String> over = operator.post("/api/v1/governance/loans/" + loan2012 + "/interest-payments",
                "{\"paidOn\":\"2026-05-01\",\"amount\":\"1000.01\",\"averageOutstanding\":\"10000.00\"}");
        assertThat(over.statusCode()).isEqualTo(422);
        assertThat(Http.json(over).getString("cap")).isEqualTo("1000.00");
        assertThat(Http.json(over).getString("capRate")).isEqualTo("0.10");
        assertThat(entryCount()).isEqualTo(before);
        operator.post("/api/v1/governance/loans/" + loan2012 + "/interest-payments",
                "{\"paidOn\":\"2026-05-01\",\"amount\":\"1000.00\",\"averageOutstanding\":\"10000.00\"}", 201);

        String loan2015 = operator.post("/api/v1/governance/loans", "{\"lender\":\"Community Bank\",\"agreementDate\":\"2015-01-10\","
                + "\"receivedOn\":\"2025-05-01\",\"principal\":\"10000.00\",\"performanceRelated\":true}", 201).getString("id");
        assertThat(operator.post("/api/v1/governance/loans/" + loan2015 + "/interest-payments",
                "{\"paidOn\":\"2026-05-01\",\"amount\":\"2000.00\",\"averageOutstanding\":\"10000.00\"}", 201).getString("cap")).isEqualTo("2000.00");
        assertThat(operator.post("/api/v1/governance/loans/" + loan2015 + "/interest-payments",
                "{\"paidOn\":\"2026-05-02\",\"amount\":\"2000.01\",\"averageOutstanding\":\"10000.00\"}").statusCode()).isEqualTo(422);
    }

    @Test
    @Order(10)
    @DisplayName("Asset lock: a gift without a reason is refused before booking; full consideration and community benefit are booked")
    void assetLock() {
        String transfer = "{\"date\":\"2026-05-10\",\"assetAccount\":\"1500\",\"recipient\":\"%s\",\"value\":\"%s\",\"consideration\":\"%s\"%s}";
        operator.post("/api/v1/governance/entries", entry("2026-05-01", "cost", "Laptops", "1500", "1000", "3000.00"), 201);
        int before = entryCount();
        HttpResponse<String> gift = operator.post("/api/v1/governance/asset-transfers", transfer.formatted("A director", "1000.00", "0.00", ""));
        assertThat(gift.statusCode()).isEqualTo(422);
        assertThat(Http.json(gift).getString("code")).isEqualTo("asset_lock");
        HttpResponse<String> undervalue = operator.post("/api/v1/governance/asset-transfers", transfer.formatted("A buyer", "1000.00", "999.99", ""));
        assertThat(undervalue.statusCode()).isEqualTo(422);
        HttpResponse<String> unnamed = operator.post("/api/v1/governance/asset-transfers", transfer.formatted("Other CIC", "500.00", "0.00",
                ",\"recipientAssetLocked\":true,\"recipientRegistration\":\"Company 09999999\""));
        assertThat(unnamed.statusCode()).as("an asset-locked body not named in the charter needs consent").isEqualTo(422);
        assertThat(entryCount()).isEqualTo(before);

        assertThat(operator.post("/api/v1/governance/asset-transfers", transfer.formatted("A buyer", "1000.00", "1000.00", ""), 201)
                .getString("basis")).isEqualTo("full_consideration");
        assertThat(operator.post("/api/v1/governance/asset-transfers", transfer.formatted("Other CIC", "500.00", "0.00",
                ",\"recipientAssetLocked\":true,\"recipientRegistration\":\"Company 09999999\",\"regulatorConsent\":\"REG-2026-4\""), 201)
                .getString("basis")).isEqualTo("regulator_consent");
        JsonObject given = operator.post("/api/v1/governance/asset-transfers", transfer.formatted("Library of things", "700.00", "0.00",
                ",\"communityBenefit\":\"Laptops lent to residents without a computer\""), 201);
        assertThat(given.getString("basis")).isEqualTo("community_benefit");
        assertThat(given.getJsonObject("entry").getJsonArray("lines").getJsonObject(0).getString("account")).isEqualTo("5500");
    }

    @Test
    @Order(11)
    @DisplayName("The annual report is approved only by a passed resolution of a general meeting, once")
    void annualReport() {
        HttpResponse<String> none = operator.post("/api/v1/governance/years/" + year2023 + "/annual-report-approval",
                "{\"resolutionId\":\"" + passedResolution("dividend", "ordinary") + "\"}");
        assertThat(Http.json(none).getString("code")).as("a dividend resolution does not approve a report").isEqualTo("resolution_required");
        String approval = passedResolution("annual_report", "ordinary");
        assertThat(operator.post("/api/v1/governance/years/" + year2023 + "/annual-report-approval", "{\"resolutionId\":\"" + approval + "\"}", 200)
                .getString("annualReportResolutionId")).isEqualTo(approval);
        assertThat(board.get("/api/v1/governance/years/" + year2023 + "/status").getBoolean("annualReportApproved")).isTrue();
        String year2024 = board.get("/api/v1/governance/years").getJsonArray("items").getJsonObject(1).getString("id");
        assertThat(operator.post("/api/v1/governance/years/" + year2024 + "/annual-report-approval", "{\"resolutionId\":\"" + approval + "\"}")
                .statusCode()).as("one resolution approves one report").isEqualTo(409);
    }

    @Test
    @Order(12)
    @DisplayName("Manual entries cannot move equity, loans or interest; the interest cap counts twelve months of payments")
    void sideDoorsAreShut() {
        operator.post("/api/v1/governance/accounts", "{\"code\":\"3900\",\"name\":\"Other reserve\",\"type\":\"equity\"}", 201);
        for (String[] pair : new String[][] {{"4000", "3900"}, {"5400", "1000"}, {"1000", "2200"}}) {
            HttpResponse<String> refused = operator.post("/api/v1/governance/entries", entry("2026-05-20", "adjustment", "Side door", pair[0], pair[1], "10.00"));
            assertThat(Http.json(refused).getString("code")).as("%s/%s", pair[0], pair[1]).isEqualTo("ledger_rule");
        }
        String loan = operator.post("/api/v1/governance/loans", "{\"lender\":\"Patient Capital\",\"agreementDate\":\"2016-01-01\","
                + "\"receivedOn\":\"2025-05-01\",\"principal\":\"5000.00\",\"performanceRelated\":true}", 201).getString("id");
        assertThat(operator.post("/api/v1/governance/loans/" + loan + "/interest-payments",
                "{\"paidOn\":\"2026-01-01\",\"amount\":\"10.00\",\"averageOutstanding\":\"500000.00\"}").statusCode())
                .as("more outstanding than was lent").isEqualTo(400);
        operator.post("/api/v1/governance/loans/" + loan + "/interest-payments",
                "{\"paidOn\":\"2026-01-01\",\"amount\":\"600.00\",\"averageOutstanding\":\"5000.00\"}", 201);
        HttpResponse<String> second = operator.post("/api/v1/governance/loans/" + loan + "/interest-payments",
                "{\"paidOn\":\"2026-06-01\",\"amount\":\"400.01\",\"averageOutstanding\":\"5000.00\"}");
        assertThat(second.statusCode()).isEqualTo(422);
        assertThat(Http.json(second).getString("interestInTwelveMonths")).isEqualTo("1000.01");
    }
}
