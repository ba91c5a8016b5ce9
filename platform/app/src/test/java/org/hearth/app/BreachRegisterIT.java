package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The breach register over HTTP: operators record and notify; the individual's dashboard shows the notice. */
class BreachRegisterIT {

    private static final String PASSWORD = "a breach notice reader";
    private static Platform platform;
    private static Staff operator;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        operator = Staff.signIn(platform, "breaches@hearth.example", "breach operator password", Set.of("operator"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static String breach(String nature, Instant aware) {
        return "{" + (nature == null ? "" : "\"nature\":\"" + nature + "\",") + "\"dataCategories\":\"email addresses\",\"approxPeople\":40,"
                + "\"approxRecords\":90,\"consequences\":\"phishing\",\"measures\":\"keys rotated\",\"contactPoint\":\"dpo@hearth.example\","
                + "\"becameAwareAt\":\"" + aware + "\"}";
    }

    @Test
    @DisplayName("POST /api/v1/operator/breaches: 201 with the 72-hour deadline; 422 naming nature when it is missing; 404 for an unknown id; the authority's notification once (then 409)")
    void recordAndNotifyTheAuthority() {
        Instant aware = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(58, ChronoUnit.HOURS);
        JsonObject created = operator.post("/api/v1/operator/breaches", breach("Backup copied to a public bucket", aware), 201);
        assertThat(created.getJsonObject("deadline").getString("state")).isEqualTo("pending");
        assertThat(created.getJsonObject("deadline").getString("due")).isEqualTo(aware.plus(72, ChronoUnit.HOURS).toString());
        assertThat(created.getJsonObject("deadline").getLong("minutesLeft")).isBetween(13 * 60L, 14 * 60L);

        HttpResponse<String> missing = operator.post("/api/v1/operator/breaches", breach(null, aware));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(Http.json(missing).getString("field")).isEqualTo("nature");
        assertThat(operator.http.get("/api/v1/operator/breaches/00000000-0000-4000-8000-000000000001").statusCode()).isEqualTo(404);

        String id = created.getString("id");
        JsonObject notified = operator.post("/api/v1/operator/breaches/" + id + "/authority-notification",
                "{\"notifiedAt\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\",\"reference\":\"ICO-42\"}", 200);
        assertThat(notified.getJsonObject("deadline").getString("state")).isEqualTo("notified");
        assertThat(notified.getJsonArray("history").stream().map(h -> ((JsonObject) h).getString("change")).toList())
                .containsExactly("recorded", "authority-notified");
        assertThat(operator.post("/api/v1/operator/breaches/" + id + "/authority-notification", "{\"notNotifyingReason\":\"no risk\"}").statusCode())
                .isEqualTo(409);
        assertThat(operator.get("/api/v1/operator/breaches").getJsonArray("items").stream().map(b -> ((JsonObject) b).getString("id")))
                .contains(id);
    }

    @Test
    @DisplayName("POST …/individual-notices: the individual's dashboard shows the notice in their language until they mark it read, then in their notices list")
    void individualsSeeTheNotice() {
        Http individual = new Http(platform.port());
        assertThat(individual.postJson("/api/v1/accounts", "{\"email\":\"told@example.org\",\"password\":\"" + PASSWORD + "\"}").statusCode()).isEqualTo(201);
        individual.login("/login", "told@example.org", PASSWORD);
        String id = operator.post("/api/v1/operator/breaches", breach("Support inbox exposed", Instant.now().minus(2, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)), 201).getString("id");

        HttpResponse<String> refused = operator.post("/api/v1/operator/breaches/" + id + "/individual-notices", "{\"audience\":\"all\",\"textEn\":\"x\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Http.json(refused).getString("field")).isEqualTo("textFr");

        JsonObject sent = operator.post("/api/v1/operator/breaches/" + id + "/individual-notices", "{\"audience\":\"all\","
                + "\"textEn\":\"Messages you sent to support may have been seen by others.\",\"textFr\":\"Vos messages au support ont pu être vus.\"}", 201);
        assertThat(sent.getInteger("recipients")).isGreaterThanOrEqualTo(1);
        assertThat(operator.get("/api/v1/operator/breaches/" + id).getString("individualsNotifiedAt")).isNotNull();

        HttpResponse<String> dashboard = individual.get("/account?lang=en", "Accept", "text/html");
        assertThat(dashboard.body()).contains("id=\"notice-banner\"").contains("Messages you sent to support may have been seen by others.");
        assertThat(individual.get("/account?lang=fr", "Accept", "text/html").body()).contains("Vos messages au support ont pu être vus.");

        io.vertx.core.json.JsonArray api = Http.json(individual.get("/api/v1/me/notices")).getJsonArray("items");
        assertThat(api).as("GET /api/v1/me/notices lists the same notice, unread").hasSize(1);
        assertThat(api.getJsonObject(0).getJsonObject("text").getString("fr")).isEqualTo("Vos messages au support ont pu être vus.");
        assertThat(api.getJsonObject(0).getString("readAt")).isNull();
        assertThat(individual.postJson("/api/v1/me/notices/" + java.util.UUID.randomUUID() + "/read", "", "pac4jCsrfToken",
                Http.csrfToken(dashboard)).statusCode()).as("someone else's or an unknown notice").isEqualTo(404);

        java.util.regex.Matcher action = java.util.regex.Pattern.compile("action=\"(/account/notices/[^\"]+/read)\"").matcher(dashboard.body());
        assertThat(action.find()).isTrue();
        HttpResponse<String> read = individual.postForm(action.group(1), Map.of("pac4jCsrfToken", Http.csrfToken(dashboard)));
        assertThat(read.statusCode()).isEqualTo(303);
        assertThat(Http.json(individual.get("/api/v1/me/notices")).getJsonArray("items").getJsonObject(0).getString("readAt"))
                .as("marked read on the page, read in the API too").isNotNull();
        String after = individual.get("/account?lang=en", "Accept", "text/html").body();
        assertThat(after).doesNotContain("id=\"notice-banner\"").contains("id=\"notices\"").contains("Messages you sent to support");

        java.util.UUID me = java.util.UUID.fromString(Http.json(individual.get("/api/v1/me")).getString("id"));
        assertThat(individual.deleteJson("/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}", "pac4jCsrfToken", Http.csrfToken(
                individual.get("/account?lang=en", "Accept", "text/html"))).statusCode()).isEqualTo(204);
        int left = platform.db().system(org.hearth.kernel.actor.CallContext.system("test.breaches"), dsl -> dsl.fetchCount(
                org.hearth.schema.generated.datastore.Tables.NOTICES, org.hearth.schema.generated.datastore.Tables.NOTICES.INDIVIDUAL_ID.eq(me)));
        assertThat(left).as("erasure removes the notices the individual was sent").isZero();
        assertThat(operator.get("/api/v1/operator/breaches/" + id).getJsonArray("notices")).as("the register keeps what was sent").hasSize(1);
    }

    @Test
    @DisplayName("The operator pages: the list shows the deadline in words, a breach is recorded from the form, notices go out after a confirmation")
    void operatorPages() {
        Instant aware = Instant.now().minus(75, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String id = operator.post("/api/v1/operator/breaches", breach("Stolen laptop", aware), 201).getString("id");
        String list = operator.http.get("/staff/breaches?lang=en", "Accept", "text/html").body();
        assertThat(list).contains("Stolen laptop").contains("Overdue by 3 hours");
        assertThat(operator.http.get("/staff/breaches?lang=fr", "Accept", "text/html").body()).contains("En retard de 3 heures");

        HttpResponse<String> form = operator.http.get("/staff/breaches/new?lang=en", "Accept", "text/html");
        HttpResponse<String> refused = operator.http.postForm("/staff/breaches", Map.of("pac4jCsrfToken", Http.csrfToken(form), "nature", "",
                "approxPeople", "1", "approxRecords", "1"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"f-nature-error\"");

        HttpResponse<String> page = operator.http.get("/staff/breaches/" + id + "?lang=en", "Accept", "text/html");
        HttpResponse<String> confirm = operator.http.postForm("/staff/breaches/" + id + "/individual-notices", Map.of("pac4jCsrfToken",
                Http.csrfToken(page), "audience", "all", "textEn", "Your laptop data", "textFr", "Vos données"));
        assertThat(confirm.body()).contains("id=\"confirm\"").contains("Everyone with an account");
        assertThat(operator.get("/api/v1/operator/breaches/" + id).getString("individualsNotifiedAt")).as("nothing sent before confirming").isNull();
    }
}
