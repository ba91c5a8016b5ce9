package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Operators read and edit the plans over HTTP: the full price lists, new price versions and new plans, and what is refused. */
class PlanApiIT {

    private static Platform platform;
    private static Staff operator;
    /** The first of next month: a date a new version may start from whatever day the test runs. */
    private static final String NEXT_MONTH = LocalDate.now(ZoneOffset.UTC).plusMonths(1).withDayOfMonth(1).toString();

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        operator = Staff.signIn(platform, "plans@hearth.example", "plans operator password", Set.of("operator"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("GET /api/v1/operator/plans returns the seeded plans with each version's full price list")
    void theSeededPlansWithTheirFullPriceLists() {
        JsonArray items = operator.get("/api/v1/operator/plans").getJsonArray("items");

        assertThat(items.stream().map(i -> ((JsonObject) i).getString("code")).toList()).as("seeded first, in the shipped order")
                .startsWith("sandbox", "standard", "enterprise");
        JsonObject sandbox = items.getJsonObject(0).getJsonArray("versions").getJsonObject(0);
        assertThat(sandbox.getJsonObject("hardLimits").getString("consented_reads")).isEqualTo("1000");
        JsonObject standard = items.getJsonObject(1).getJsonArray("versions").getJsonObject(0);
        assertThat(standard.getString("invoiceThreshold")).isEqualTo("1000.00");
        JsonObject reads = standard.getJsonArray("components").getJsonObject(1);
        assertThat(reads.getString("model")).isEqualTo("graduated");
        assertThat(reads.getString("freeAllowance")).isEqualTo("1000");
        assertThat(reads.getJsonArray("tiers").getJsonObject(1).getMap()).containsEntry("upTo", "100000").containsEntry("unitPrice", "0.006")
                .containsEntry("flatFee", "20.00");
        JsonObject commission = standard.getJsonArray("components").getJsonObject(6);
        assertThat(commission.getMap()).containsEntry("ratePercent", "1.5").containsEntry("fixedFee", "0.10").containsEntry("minimum", "0.50")
                .containsEntry("maximum", "25.00");
        JsonObject enterprise = operator.get("/api/v1/operator/plans/enterprise").getJsonArray("versions").getJsonObject(0);
        assertThat(enterprise.getString("minimumCommitment")).isEqualTo("1500.00");
        assertThat(enterprise.getJsonArray("components").getJsonObject(3).getString("spendingMinimum")).isEqualTo("50.00");
        assertThat(operator.http.get("/api/v1/operator/plans/premium").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("POST …/plans/{code}/versions stores the next version (201); an unknown plan is 404, a bad document or date 422 naming the field, and nothing is stored")
    void newVersionsAndWhatIsRefused() {
        String version = "{\"effective_from\":\"" + NEXT_MONTH + "\",\"currency\":\"EUR\",\"components\":["
                + "{\"code\":\"subscription\",\"model\":\"subscription\",\"price\":69.00},"
                + "{\"code\":\"reads\",\"metric\":\"consented_reads\",\"model\":\"standard\",\"unit_price\":0.0015}]}";

        JsonObject stored = operator.post("/api/v1/operator/plans/enterprise/versions", version, 201);

        assertThat(stored.getInteger("version")).isEqualTo(2);
        assertThat(stored.getString("effectiveFrom")).isEqualTo(NEXT_MONTH);
        assertThat(stored.getJsonArray("components").getJsonObject(1).getString("unitPrice")).as("every decimal kept").isEqualTo("0.0015");
        assertThat(operator.get("/api/v1/operator/plans/enterprise").getJsonArray("versions")).hasSize(2);

        assertThat(operator.post("/api/v1/operator/plans/premium/versions", version).statusCode()).isEqualTo(404);
        problem(operator.post("/api/v1/operator/plans/enterprise/versions", version), 422, "effective_from");
        problem(operator.post("/api/v1/operator/plans/enterprise/versions", version.replace(NEXT_MONTH, "2020-01-01")), 422, "effective_from");
        problem(operator.post("/api/v1/operator/plans/enterprise/versions", version.replace(NEXT_MONTH, "2099-01-01").replace("0.0015", "-1")),
                422, "components[1].unit_price");
        problem(operator.post("/api/v1/operator/plans/enterprise/versions", version.replace(NEXT_MONTH, "2099-01-01").replace("\"model\":\"standard\"",
                "\"model\":\"tiered\"")), 422, "components[1].model");
        problem(operator.post("/api/v1/operator/plans/enterprise/versions", "{\"version\":7," + version.substring(1).replace(NEXT_MONTH, "2099-01-01")),
                422, "version");
        assertThat(operator.post("/api/v1/operator/plans/enterprise/versions", "[1,2]").statusCode()).isEqualTo(400);

        assertThat(operator.get("/api/v1/operator/plans/enterprise").getJsonArray("versions")).as("nothing stored on a 4xx").hasSize(2);
    }

    @Test
    @DisplayName("POST /api/v1/operator/plans creates a plan (201), offered last; the same code again is 409 plan_exists, a bad code 422, and nothing is stored")
    void newPlans() {
        String body = "{\"code\":\"eu-public\",\"names\":{\"en\":\"EU public sector\",\"fr\":\"Secteur public UE\"},\"version\":{\"effective_from\":\""
                + NEXT_MONTH + "\",\"currency\":\"EUR\",\"components\":[{\"code\":\"subscription\",\"model\":\"subscription\",\"price\":\"19.00\"}]}}";

        JsonObject created = operator.post("/api/v1/operator/plans", body, 201);

        assertThat(created.getString("code")).isEqualTo("eu-public");
        assertThat(created.getJsonObject("names").getString("fr")).isEqualTo("Secteur public UE");
        assertThat(created.getJsonArray("versions").getJsonObject(0).getInteger("version")).isEqualTo(1);
        JsonArray items = operator.get("/api/v1/operator/plans").getJsonArray("items");
        assertThat(items.getJsonObject(items.size() - 1).getString("code")).isEqualTo("eu-public");

        problem(operator.post("/api/v1/operator/plans", body), 409, null);
        problem(operator.post("/api/v1/operator/plans", body.replace("eu-public", "EU Public")), 422, "code");
        problem(operator.post("/api/v1/operator/plans", body.replace("eu-public", "eu-other").replace("\"fr\":\"Secteur public UE\"", "\"fr\":\" \"")),
                422, "names.fr");
        problem(operator.post("/api/v1/operator/plans", body.replace("eu-public", "eu-other").replace("\"currency\":\"EUR\",",
                "\"currency\":\"EUR\",\"minimum_commitment\":\"19.005\",")), 422, "version.minimum_commitment");
        assertThat(operator.get("/api/v1/operator/plans").getJsonArray("items")).hasSize(items.size());
    }

    private static void problem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonObject problem = Http.json(response);
        assertThat(problem.getString("code")).isEqualTo(status == 409 ? "plan_exists" : "plan_invalid");
        if (field != null) {
            assertThat(problem.getString("field")).isEqualTo(field);
        }
    }
}
