package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The charter is the repository's with a budget of 10 and at most 6 a question: the minimum cohort
 * (10) is checked against a noisy count, so the questions use ε large enough, and cohorts far
 * enough from 10, that an answer or a refusal is certain but for odds each test states. That a
 * cohort just below the minimum is sometimes answered is MechanismTest's.
 */
class PilotQuestionsIT {

    private static final String PASSWORD = "a pilot participant password";
    private static final int PEOPLE = 22;
    private static Platform platform;
    private static Http http;
    private static Map.Entry<UUID, String> ministry;
    /** Twenty-two individuals with a health summary: ages 20..104, steps 50 each but the last (a huge value), smokers the first two. */
    private static final List<String> people = new ArrayList<>();
    private static final List<String> emails = new ArrayList<>();
    /** Someone with a health summary who joins no pilot. */
    private static String outsider;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Optional.of(PilotFixture.charter(10, "10", "6")));
        http = new Http(platform.port());
        ministry = PilotFixture.publicBody(platform, http, "Ministry of Health");
        for (int i = 0; i < PEOPLE; i++) {
            String email = "participant" + i + "@pilot.example";
            String token = Http.bearer(TestPlatform.individual(http, email, PASSWORD));
            long steps = i == PEOPLE - 1 ? 1_000_000_000L : 50;
            PilotFixture.record(http, token, "{\"age\":" + (20 + 4 * i) + ",\"steps\":" + steps + ",\"smoker\":\"" + (i < 2 ? "yes" : "no") + "\"}");
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
    @DisplayName("POST …/questions: four questions of ε 2.5 on a budget of 10 are answered (7.5, 5, 2.5, 0 left); the fifth is refused with remaining 0 and spends nothing")
    void theBudgetIsEnforcedExactly() {
        // 20 participants, minimum 10: a count of ε 2.5 is refused only if its noise is −11 or less, odds e^-27.5.
        PilotFixture.Pilot pilot = pilotWith("Budget", 20);
        List<String> left = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonObject answer = asked(pilot, "{\"kind\":\"count\",\"epsilon\":2.5}");
            assertThat(answer.getString("status")).isEqualTo("answered");
            assertThat(answer.getString("mechanism")).isEqualTo("discrete_laplace");
            assertThat(answer.getString("sensitivity")).isEqualTo("1");
            assertThat(answer.getString("epsilon")).isEqualTo("2.5");
            assertThat(answer.getInteger("number")).isEqualTo(i + 1);
            left.add(answer.getString("remainingBudget"));
        }
        assertThat(left).as("the last one took exactly what was left").containsExactly("7.5", "5", "2.5", "0");

        HttpResponse<String> refused = ask(pilot, "{\"kind\":\"count\",\"epsilon\":0.1}");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonObject problem = Http.json(refused);
        assertThat(problem.getString("code")).isEqualTo("privacy_budget_spent");
        assertThat(new BigDecimal(problem.getValue("remaining").toString())).isEqualByComparingTo("0");

        JsonObject report = Http.json(http.get("/api/v1/tenant/pilots/" + pilot.pilotId() + "/report", "Authorization", pilot.token()));
        assertThat(report.getJsonObject("privacy").getString("epsilonSpent")).isEqualTo("10");
        assertThat(report.getJsonObject("privacy").getString("epsilonRemaining")).isEqualTo("0");
        assertThat(report.getJsonArray("questions")).as("the refused spend is not a question").hasSize(4);
        assertThat(report.getJsonObject("cohortSize").getBoolean("measured")).isTrue();
        assertThat(report.getJsonObject("cohortSize").getInteger("question")).isEqualTo(4);
    }

    @Test
    @DisplayName("Twelve questions of ε 3 at once on a budget of 10: exactly three are answered, the rest refused, and the spent ε never exceeds the total")
    void concurrentQuestionsCannotOverspend() throws Exception {
        // 20 participants: a count of ε 3 is refused for its cohort only at odds of e^-33.
        PilotFixture.Pilot pilot = pilotWith("Concurrency", 20);
        int n = 12;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(n)) {
            for (int i = 0; i < n; i++) {
                statuses.add(threads.submit(() -> {
                    go.await();
                    return ask(pilot, "{\"kind\":\"count\",\"epsilon\":3}").statusCode();
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
        assertThat(budget[1]).isEqualByComparingTo("9").isLessThanOrEqualTo(budget[0]);
        JsonArray questions = Http.json(http.get("/api/v1/tenant/pilots/" + pilot.pilotId() + "/questions", "Authorization", pilot.token()))
                .getJsonArray("items");
        assertThat(questions.stream().map(q -> ((JsonObject) q).getInteger("number")).toList()).containsExactly(1, 2, 3);
    }

    @Test
    @DisplayName("A question about 2 or 0 participants (minimum 10) is refused with the same problem, decided on its noisy count, never saying how many; its ε stays spent")
    void aSmallCohortIsRefusedWithoutItsSize() {
        // Two smokers: their noisy count reaches 10 only if the noise is 8 or more, odds e^-32 at
        // ε 4 and e^-24 for the mean's count (ε 3 of its 6); the empty pilot's only at e^-40.
        PilotFixture.Pilot pilot = pilotWith("Small", 9);
        HttpResponse<String> two = ask(pilot, "{\"kind\":\"count\",\"filters\":{\"smoker\":\"yes\"},\"epsilon\":4}");
        HttpResponse<String> mean = ask(pilot, "{\"kind\":\"mean\",\"field\":\"age\",\"filters\":{\"smoker\":\"yes\"},\"epsilon\":6}");
        PilotFixture.Pilot empty = pilotWith("Empty", 0);
        HttpResponse<String> zero = ask(empty, "{\"kind\":\"count\",\"epsilon\":4}");
        for (HttpResponse<String> r : List.of(two, mean, zero)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        }
        JsonObject a = Http.json(two);
        JsonObject b = Http.json(zero);
        assertThat(a.getString("code")).isEqualTo("cohort_too_small");
        a.remove("requestId");
        b.remove("requestId");
        a.remove("instance");
        b.remove("instance");
        assertThat(a).as("the same words for 2 and for 0").isEqualTo(b);
        JsonObject report = Http.json(http.get("/api/v1/tenant/pilots/" + pilot.pilotId() + "/report", "Authorization", pilot.token()));
        assertThat(report.getJsonObject("privacy").getString("epsilonSpent")).isEqualTo("10");
        assertThat(report.getJsonArray("questions").getJsonObject(0).getString("status")).isEqualTo("refused_small_cohort");
        assertThat(report.getJsonArray("questions").getJsonObject(0).getValue("answer")).isNull();
        assertThat(report.getJsonObject("cohortSize").getBoolean("measured")).isFalse();
    }

    @Test
    @DisplayName("A participant with a huge value moves a sum by at most the field's upper bound: the noisy sum stays near 21 × 50 + 100, far from a billion")
    void clampingBoundsEachContribution() {
        // 22 participants (20 non-smokers): the sum's count (ε 2 of 4), the histogram (ε 2) and the
        // mean's count (ε 2 of 4) fall below 10 only at odds under e^-22.
        PilotFixture.Pilot pilot = pilotWith("Clamping", PEOPLE);
        JsonObject answer = asked(pilot, "{\"kind\":\"sum\",\"field\":\"steps\",\"epsilon\":4}");
        assertThat(answer.getString("sensitivity")).isEqualTo("100");
        JsonObject noisy = answer.getJsonObject("answer");
        BigDecimal value = new BigDecimal(noisy.getString("value"));
        BigDecimal half = new BigDecimal(noisy.getString("halfWidth95"));
        // The clamped sum is 21 × 50 + 100 = 1150. Discrete Laplace noise beyond 20 half-widths has
        // probability below 10^-25, so this bound cannot flake; a sum of the raw values would be 10^9.
        assertThat(value.subtract(new BigDecimal("1150")).abs()).isLessThan(half.multiply(BigDecimal.valueOf(20)));
        assertThat(new BigDecimal(noisy.getString("low95"))).isEqualByComparingTo(value.subtract(half));

        JsonObject histogram = asked(pilot, "{\"kind\":\"histogram\",\"field\":\"age\",\"epsilon\":2}").getJsonObject("answer");
        assertThat(histogram.getJsonArray("bins").stream().map(b -> ((JsonObject) b).getString("label")).toList())
                .containsExactly("[0, 40)", "[40, 80)", "[80, 120]");
        JsonObject mean = asked(pilot, "{\"kind\":\"mean\",\"field\":\"age\",\"filters\":{\"smoker\":\"no\"},\"epsilon\":4}").getJsonObject("answer");
        assertThat(new BigDecimal(mean.getString("low95"))).isLessThanOrEqualTo(new BigDecimal(mean.getString("value")));
        assertThat(new BigDecimal(mean.getString("value"))).isBetween(BigDecimal.ZERO, new BigDecimal("120"));
    }

    @Test
    @DisplayName("Participants' access logs say, in their language, that their data was included in question n, and still verify; non-participants' logs say nothing; raw reads under the agreement are 403 aggregate_only")
    void participantsAccessLogsShowTheInclusion() {
        // 22 and 20 participants at ε 5: refused only at odds of e^-50.
        PilotFixture.Pilot pilot = pilotWith("Activity 2026", PEOPLE);
        asked(pilot, "{\"kind\":\"count\",\"epsilon\":5}");
        asked(pilot, "{\"kind\":\"count\",\"filters\":{\"smoker\":\"no\"},\"field\":\"smoker\",\"epsilon\":5}");
        // The answer commits the list of those it used; the entries follow it in the access logs
        // within moments (the inclusion worker), in the order the questions were answered.
        Eventually.await(Duration.ofSeconds(30), "both inclusions in the participant's log", () -> inclusions(people.get(5)).size() == 2);
        List<JsonObject> inclusions = inclusions(people.get(5));
        assertThat(inclusions).extracting(e -> e.getString("reason")).allMatch(r -> r.contains("Activity 2026"));
        assertThat(inclusions.get(0).getString("reason")).as("newest first").contains("question 2");
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

    private List<JsonObject> inclusions(String person) {
        return Http.json(http.get("/api/v1/me/access-log", "Authorization", person)).getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(e -> "aggregate".equals(e.getString("action"))).toList();
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
        assertThat(Http.json(ask(pilot, "{\"kind\":\"count\",\"epsilon\":6.5}")).getString("field")).as("above the charter's 6").isEqualTo("epsilon");
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
