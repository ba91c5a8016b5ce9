package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hearth.kernel.actor.CallContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A public body's questions to its pilot's cohort over HTTP, on real PostgreSQL: the budget, the
 * minimum cohort, clamping, and what participants (and no one else) find in their access logs.
 * The charter is the repository's CHARTER.md: minimum cohort 10, budget 1.0, at most 0.5 a question.
 */
class PilotQuestionsIT {

    private static final String PASSWORD = "a pilot participant password";
    private static Platform platform;
    private static Http http;
    private static Map.Entry<UUID, String> ministry;
    /** Twelve individuals with a health summary: ages 20..75, steps 50 each but the last (a huge value), smokers the first two. */
    private static final List<String> people = new ArrayList<>();
    private static final List<String> emails = new ArrayList<>();
    /** Someone with a health summary who joins no pilot. */
    private static String outsider;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        http = new Http(platform.port());
        ministry = PilotFixture.publicBody(platform, http, "Ministry of Health");
        for (int i = 0; i < 12; i++) {
            String email = "participant" + i + "@pilot.example";
            String token = Http.bearer(TestPlatform.individual(http, email, PASSWORD));
            long steps = i == 11 ? 1_000_000_000L : 50;
            PilotFixture.record(http, token, "{\"age\":" + (20 + 5 * i) + ",\"steps\":" + steps + ",\"smoker\":\"" + (i < 2 ? "yes" : "no") + "\"}");
            people.add(token);
            emails.add(email);
        }
        outsider = Http.bearer(TestPlatform.individual(http, "outsider@pilot.example", PASSWORD));
        PilotFixture.record(http, outsider, "{\"age\":44,\"steps\":10,\"smoker\":\"no\"}");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static PilotFixture.Pilot pilotWith(String title, int participants) {
        PilotFixture.Pilot pilot = PilotFixture.running(platform, ministry, title);
        for (int i = 0; i < participants; i++) {
            PilotFixture.join(http, people.get(i), pilot);
        }
        return pilot;
    }

    private static HttpResponse<String> ask(PilotFixture.Pilot pilot, String question) {
        return new Http(platform.port()).postJson("/api/v1/tenant/pilots/" + pilot.pilotId() + "/questions", question, "Authorization", pilot.token());
    }

    private static JsonObject asked(PilotFixture.Pilot pilot, String question) {
        HttpResponse<String> answer = ask(pilot, question);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return Http.json(answer);
    }

    @Test
    @DisplayName("POST …/questions: three questions of ε 0.3 on a budget of 1.0 are answered (0.7, 0.4, 0.1 left); the fourth is refused with remaining 0.1 and spends nothing")
    void theBudgetIsEnforcedExactly() {
        PilotFixture.Pilot pilot = pilotWith("Budget", 10);
        List<String> left = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonObject answer = asked(pilot, "{\"kind\":\"count\",\"epsilon\":0.3}");
            assertThat(answer.getString("status")).isEqualTo("answered");
            assertThat(answer.getString("mechanism")).isEqualTo("discrete_laplace");
            assertThat(answer.getString("sensitivity")).isEqualTo("1");
            assertThat(answer.getString("epsilon")).isEqualTo("0.3");
            assertThat(answer.getInteger("number")).isEqualTo(i + 1);
            left.add(answer.getString("remainingBudget"));
        }
        assertThat(left).containsExactly("0.7", "0.4", "0.1");

        HttpResponse<String> refused = ask(pilot, "{\"kind\":\"count\",\"epsilon\":0.3}");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonObject problem = Http.json(refused);
        assertThat(problem.getString("code")).isEqualTo("privacy_budget_spent");
        assertThat(new BigDecimal(problem.getValue("remaining").toString())).isEqualByComparingTo("0.1");

        JsonObject report = Http.json(http.get("/api/v1/tenant/pilots/" + pilot.pilotId() + "/report", "Authorization", pilot.token()));
        assertThat(report.getJsonObject("privacy").getString("epsilonSpent")).isEqualTo("0.9");
        assertThat(report.getJsonObject("privacy").getString("epsilonRemaining")).isEqualTo("0.1");
        assertThat(report.getJsonArray("questions")).as("the refused spend is not a question").hasSize(3);
        assertThat(report.getJsonObject("cohortSize").getBoolean("measured")).isTrue();
        assertThat(report.getJsonObject("cohortSize").getInteger("question")).isEqualTo(3);
        assertThat(ask(pilot, "{\"kind\":\"count\",\"epsilon\":0.1}").statusCode()).as("exactly what is left still fits").isEqualTo(201);
    }

    @Test
    @DisplayName("Twelve questions of ε 0.3 at once on a budget of 1.0: exactly three are answered, the rest refused, and the spent ε never exceeds the total")
    void concurrentQuestionsCannotOverspend() throws Exception {
        PilotFixture.Pilot pilot = pilotWith("Concurrency", 10);
        int n = 12;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(n)) {
            for (int i = 0; i < n; i++) {
                statuses.add(threads.submit(() -> {
                    go.await();
                    return ask(pilot, "{\"kind\":\"count\",\"epsilon\":0.3}").statusCode();
                }));
            }
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> s : statuses) {
                codes.add(s.get());
            }
            assertThat(codes.stream().filter(c -> c == 201).count()).as(codes.toString()).isEqualTo(3);
            assertThat(codes.stream().filter(c -> c == 422).count()).as(codes.toString()).isEqualTo(n - 3);
        }
        BigDecimal[] budget = platform.db().system(CallContext.system("test.pilots"), dsl -> dsl.select(
                        org.hearth.schema.generated.reporting.Tables.PILOT_BUDGETS.TOTAL, org.hearth.schema.generated.reporting.Tables.PILOT_BUDGETS.SPENT)
                .from(org.hearth.schema.generated.reporting.Tables.PILOT_BUDGETS)
                .where(org.hearth.schema.generated.reporting.Tables.PILOT_BUDGETS.PILOT_ID.eq(pilot.pilotId()))
                .fetchOne(r -> new BigDecimal[] {r.value1(), r.value2()}));
        assertThat(budget[1]).isEqualByComparingTo("0.9").isLessThanOrEqualTo(budget[0]);
        JsonArray questions = Http.json(http.get("/api/v1/tenant/pilots/" + pilot.pilotId() + "/questions", "Authorization", pilot.token()))
                .getJsonArray("items");
        assertThat(questions.stream().map(q -> ((JsonObject) q).getInteger("number")).toList()).containsExactly(1, 2, 3);
    }

    @Test
    @DisplayName("A question about fewer than 10 participants is refused with the same problem whether 9 or 0 match, and never says how many; its ε stays spent")
    void aSmallCohortIsRefusedWithoutItsSize() {
        PilotFixture.Pilot pilot = pilotWith("Small", 9);
        HttpResponse<String> nine = ask(pilot, "{\"kind\":\"count\",\"epsilon\":0.1}");
        HttpResponse<String> none = ask(pilot, "{\"kind\":\"mean\",\"field\":\"age\",\"filters\":{\"smoker\":\"yes\"},\"epsilon\":0.1}");
        PilotFixture.Pilot empty = pilotWith("Empty", 0);
        HttpResponse<String> zero = ask(empty, "{\"kind\":\"count\",\"epsilon\":0.1}");
        for (HttpResponse<String> r : List.of(nine, none, zero)) {
            assertThat(r.statusCode()).isEqualTo(422);
        }
        JsonObject a = Http.json(nine);
        JsonObject b = Http.json(zero);
        assertThat(a.getString("code")).isEqualTo("cohort_too_small");
        a.remove("requestId");
        b.remove("requestId");
        a.remove("instance");
        b.remove("instance");
        assertThat(a).as("the same words for 9 and for 0").isEqualTo(b);
        JsonObject report = Http.json(http.get("/api/v1/tenant/pilots/" + pilot.pilotId() + "/report", "Authorization", pilot.token()));
        assertThat(report.getJsonObject("privacy").getString("epsilonSpent")).isEqualTo("0.2");
        assertThat(report.getJsonArray("questions").getJsonObject(0).getString("status")).isEqualTo("refused_small_cohort");
        assertThat(report.getJsonArray("questions").getJsonObject(0).getValue("answer")).isNull();
        assertThat(report.getJsonObject("cohortSize").getBoolean("measured")).isFalse();
    }

    @Test
    @DisplayName("A participant with a huge value moves a sum by at most the field's upper bound: the noisy sum stays near 11 × 50 + 100, far from a billion")
    void clampingBoundsEachContribution() {
        PilotFixture.Pilot pilot = pilotWith("Clamping", 12);
        JsonObject answer = asked(pilot, "{\"kind\":\"sum\",\"field\":\"steps\",\"epsilon\":0.5}");
        assertThat(answer.getString("sensitivity")).isEqualTo("100");
        JsonObject noisy = answer.getJsonObject("answer");
        BigDecimal value = new BigDecimal(noisy.getString("value"));
        BigDecimal half = new BigDecimal(noisy.getString("halfWidth95"));
        // The clamped sum is 11 × 50 + 100 = 650. Discrete Laplace noise beyond 20 half-widths has
        // probability below 10^-25, so this bound cannot flake; a sum of the raw values would be 10^9.
        assertThat(value.subtract(new BigDecimal("650")).abs()).isLessThan(half.multiply(BigDecimal.valueOf(20)));
        assertThat(new BigDecimal(noisy.getString("low95"))).isEqualByComparingTo(value.subtract(half));

        JsonObject histogram = asked(pilot, "{\"kind\":\"histogram\",\"field\":\"age\",\"epsilon\":0.2}").getJsonObject("answer");
        assertThat(histogram.getJsonArray("bins").stream().map(b -> ((JsonObject) b).getString("label")).toList())
                .containsExactly("[0, 40)", "[40, 80)", "[80, 120]");
        JsonObject mean = asked(pilot, "{\"kind\":\"mean\",\"field\":\"age\",\"filters\":{\"smoker\":\"no\"},\"epsilon\":0.2}").getJsonObject("answer");
        assertThat(new BigDecimal(mean.getString("low95"))).isLessThanOrEqualTo(new BigDecimal(mean.getString("value")));
        assertThat(new BigDecimal(mean.getString("value"))).isBetween(BigDecimal.ZERO, new BigDecimal("120"));
    }

    @Test
    @DisplayName("Participants' access logs say, in their language, that their data was included in question n, and still verify; non-participants' logs say nothing; raw reads under the agreement are 403 aggregate_only")
    void participantsAccessLogsShowTheInclusion() {
        PilotFixture.Pilot pilot = pilotWith("Activity 2026", 12);
        asked(pilot, "{\"kind\":\"count\",\"epsilon\":0.1}");
        asked(pilot, "{\"kind\":\"count\",\"filters\":{\"smoker\":\"no\"},\"field\":\"smoker\",\"epsilon\":0.1}");
        JsonArray log = Http.json(http.get("/api/v1/me/access-log", "Authorization", people.get(5))).getJsonArray("items");
        List<JsonObject> inclusions = log.stream().map(JsonObject.class::cast).filter(e -> "aggregate".equals(e.getString("action"))
                && e.getString("reason").contains("Activity 2026")).toList();
        assertThat(inclusions).hasSize(2);
        assertThat(inclusions.getFirst().getJsonArray("recordIds")).isEmpty();
        assertThat(inclusions.getFirst().getString("agreementId")).isNotNull();
        assertThat(inclusions.getFirst().getJsonObject("actor").getString("id")).isEqualTo(ministry.getKey().toString());
        assertThat(Http.json(http.get("/api/v1/me/access-log/verification", "Authorization", people.get(5))).getBoolean("intact")).isTrue();

        List<String> smokerLog = Http.json(http.get("/api/v1/me/access-log", "Authorization", people.get(0))).getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(e -> e.getString("reason").contains("Activity 2026")).map(e -> e.getString("reason")).toList();
        assertThat(smokerLog).as("a smoker was not in the non-smokers' question").hasSize(1).allMatch(r -> r.contains("question 1,"));
        assertThat(Http.json(http.get("/api/v1/me/access-log", "Authorization", outsider)).getJsonArray("items"))
                .as("someone who did not join is in no pilot's answers").isEmpty();

        Http browser = new Http(platform.port());
        browser.login("/login", emails.get(5), PASSWORD);
        assertThat(browser.get("/account/access-log?lang=en", "Accept", "text/html").body())
                .contains("Your data was included in statistics for the pilot «Activity 2026» of ‹Ministry of Health› (question 2). They received only a noisy total, not your data.");
        assertThat(browser.get("/account/access-log?lang=fr", "Accept", "text/html").body())
                .contains("Vos données ont été comptées dans une statistique du pilote «Activity 2026» de ‹Ministry of Health› (question 2).");

        String agreement = PilotFixture.join(http, people.get(0), PilotFixture.running(platform, ministry, "Raw reads"));
        HttpResponse<String> raw = http.get("/api/v1/tenant/agreements/" + agreement + "/records", "Authorization", ministry.getValue());
        assertThat(raw.statusCode()).isEqualTo(403);
        assertThat(Http.json(raw).getString("code")).isEqualTo("aggregate_only");
    }

    @Test
    @DisplayName("Refusals before anything is spent: 422 pilot_invalid naming field or epsilon, 409 pilot_not_running, 403 for a tenant that is not a public body, 404 for another's pilot")
    void questionsThePilotDoesNotAllowSpendNothing() {
        PilotFixture.Pilot pilot = pilotWith("Rules", 10);
        HttpResponse<String> unknown = ask(pilot, "{\"kind\":\"sum\",\"field\":\"weight\",\"epsilon\":0.1}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(Http.json(unknown).getString("code")).isEqualTo("pilot_invalid");
        assertThat(Http.json(unknown).getString("field")).isEqualTo("field");
        assertThat(Http.json(ask(pilot, "{\"kind\":\"sum\",\"field\":\"smoker\",\"epsilon\":0.1}")).getString("field")).isEqualTo("field");
        assertThat(Http.json(ask(pilot, "{\"kind\":\"count\",\"epsilon\":0.6}")).getString("field")).as("above the charter's 0.5").isEqualTo("epsilon");
        assertThat(Http.json(ask(pilot, "{\"kind\":\"count\",\"filters\":{\"smoker\":\"maybe\"},\"epsilon\":0.1}")).getString("field")).isEqualTo("filters");
        assertThat(Http.json(ask(pilot, "{\"kind\":\"median\",\"epsilon\":0.1}")).getString("field")).isEqualTo("kind");

        PilotFixture.Pilot later = PilotFixture.pilot(platform, ministry, "Later", LocalDate.now().plusDays(3), LocalDate.now().plusDays(30));
        HttpResponse<String> notYet = ask(later, "{\"kind\":\"count\",\"epsilon\":0.1}");
        assertThat(notYet.statusCode()).isEqualTo(409);
        assertThat(Http.json(notYet).getString("code")).isEqualTo("pilot_not_running");

        Map.Entry<UUID, String> company = PilotFixture.tenant(platform, http, "Acme Insurance", "company");
        assertThat(http.postJson("/api/v1/tenant/pilots/" + pilot.pilotId() + "/questions", "{\"kind\":\"count\",\"epsilon\":0.1}",
                "Authorization", company.getValue()).statusCode()).isEqualTo(403);
        Map.Entry<UUID, String> council = PilotFixture.publicBody(platform, http, "City Council");
        assertThat(http.postJson("/api/v1/tenant/pilots/" + pilot.pilotId() + "/questions", "{\"kind\":\"count\",\"epsilon\":0.1}",
                "Authorization", council.getValue()).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/tenant/pilots/" + pilot.pilotId() + "/report", "Authorization", council.getValue()).statusCode()).isEqualTo(404);

        JsonObject report = Http.json(http.get("/api/v1/tenant/pilots/" + pilot.pilotId() + "/report", "Authorization", pilot.token()));
        assertThat(report.getJsonObject("privacy").getString("epsilonSpent")).as("nothing was spent").isEqualTo("0");
        assertThat(report.getJsonArray("questions")).isEmpty();
    }
}
