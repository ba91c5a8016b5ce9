package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.governance.Tables.OUTBOX_CURSORS;
import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;
import static org.hearth.schema.generated.tenants.Tables.PILOTS;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.tenants.TenantRegistered;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's pilot lifecycle over real HTTP and PostgreSQL: a public body proposes, the operator
 * decides, individuals join through the aggregate-only invitation (and nothing of theirs can be
 * read or delivered), the pilot ends by itself at its end date, and its funding reaches the ledger
 * as grant revenue once.
 */
class PilotLifecycleIT {

    private static Platform platform;
    private static Http http;
    private static Staff operator;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
        http = new Http(platform.port());
        operator = Staff.signIn(platform, "pilots@hearth.example", "pilots operator password", Set.of("operator"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A proposal of a sleep study with one numeric field (with bins) and one categorical one; {@code extra} replaces fields. */
    private static String proposal(String title, String currency, String fields) {
        return "{\"title\":\"" + title + "\",\"purpose\":\"dpv:ScientificResearch\",\"description\":\"How well the region sleeps.\","
                + "\"categories\":[\"dpv-pd:HealthRecord\"],\"fields\":" + fields + ",\"targetCohort\":500,"
                + "\"startsOn\":\"" + today().minusDays(1) + "\",\"endsOn\":\"" + today().plusDays(60) + "\","
                + "\"funding\":{\"amount\":\"25000.00\",\"currency\":\"" + currency + "\"},\"policyUrl\":\"https://health.example/pilot-privacy\"}";
    }

    private static final String FIELDS = "[{\"schema\":\"hearth:sleep/v1\",\"field\":\"hours\",\"kind\":\"numeric\",\"lower\":0,\"upper\":14,"
            + "\"decimals\":1,\"bins\":[0,6,8,14]},{\"schema\":\"hearth:sleep/v1\",\"field\":\"region\",\"kind\":\"categorical\","
            + "\"categories\":[\"north\",\"south\"]}]";

    private static JsonObject propose(String tenant, String title) {
        HttpResponse<String> created = http.postJson("/api/v1/tenant/pilots", proposal(title, "GBP", FIELDS), "Authorization", tenant);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created);
    }

    private static JsonObject approve(String pilotId) {
        return operator.post("/api/v1/operator/pilots/" + pilotId + "/decision", "{\"decision\":\"approve\"}", 200);
    }

    @Test
    @DisplayName("A public body proposes a pilot and reads it back; a company is refused; each bad part is refused naming its field")
    void proposal() {
        String body = Tenants.register(http, "Health Board North", "public_body");
        JsonObject pilot = propose(body, "Sleep in the north");
        assertThat(pilot.getString("status")).isEqualTo("proposed");
        assertThat(pilot.getJsonObject("tenant").getString("name")).isEqualTo("Health Board North");
        assertThat(pilot.getJsonArray("fields").getJsonObject(0).getJsonArray("bins")).hasSize(4);
        assertThat(pilot.getJsonArray("fields").getJsonObject(1).getJsonArray("categories")).containsExactly("north", "south");
        assertThat(pilot.getJsonObject("funding").getString("amount")).isEqualTo("25000.00");
        assertThat(pilot.getValue("invitation")).as("no invitation before the decision").isNull();
        JsonObject read = Http.json(http.get("/api/v1/tenant/pilots/" + pilot.getString("id"), "Authorization", body));
        assertThat(read.getString("title")).isEqualTo("Sleep in the north");
        assertThat(Http.json(http.get("/api/v1/tenant/pilots", "Authorization", body)).getJsonArray("items")).hasSize(1);

        String company = Tenants.register(http, "Sleep Gadgets Ltd");
        HttpResponse<String> refused = http.postJson("/api/v1/tenant/pilots", proposal("Ours", "GBP", FIELDS), "Authorization", company);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Http.json(refused).getString("code")).isEqualTo("forbidden");
        assertThat(http.get("/api/v1/tenant/pilots/" + pilot.getString("id"), "Authorization", company).statusCode())
                .as("another tenant does not see it").isEqualTo(404);
        assertThat(Http.json(http.get("/api/v1/tenant/pilots", "Authorization", company)).getJsonArray("items")).isEmpty();

        Map<String, String> bad = Map.of(
                "[{\"schema\":\"s\",\"field\":\"a\",\"kind\":\"ordinal\"}]", "fields[0].kind",
                "[{\"schema\":\"s\",\"field\":\"a\",\"kind\":\"numeric\",\"lower\":5,\"upper\":5,\"decimals\":0}]", "fields[0].upper",
                "[{\"schema\":\"s\",\"field\":\"a\",\"kind\":\"numeric\",\"lower\":0,\"upper\":5,\"decimals\":7}]", "fields[0].decimals",
                "[{\"schema\":\"s\",\"field\":\"a\",\"kind\":\"numeric\",\"lower\":0,\"upper\":5,\"decimals\":0,\"bins\":[0,3,2,5]}]", "fields[0].bins",
                "[{\"schema\":\"s\",\"field\":\"a\",\"kind\":\"numeric\",\"lower\":0,\"upper\":5,\"decimals\":0,\"bins\":[1,5]}]", "fields[0].bins",
                "[{\"schema\":\"s\",\"field\":\"a\",\"kind\":\"categorical\",\"categories\":[]}]", "fields[0].categories",
                "[{\"schema\":\"s\",\"field\":\"a\",\"kind\":\"categorical\",\"categories\":[\"x\",\"x\"]}]", "fields[0].categories",
                "[]", "fields");
        bad.forEach((fields, field) -> {
            HttpResponse<String> invalid = http.postJson("/api/v1/tenant/pilots", proposal("Bad", "GBP", fields), "Authorization", body);
            assertThat(invalid.statusCode()).as(fields).isEqualTo(422);
            assertThat(Http.json(invalid).getString("code")).isEqualTo("pilot_invalid");
            assertThat(Http.json(invalid).getString("field")).as(fields).isEqualTo(field);
        });
        assertThat(Http.json(http.get("/api/v1/tenant/pilots", "Authorization", body)).getJsonArray("items")).as("nothing refused was stored").hasSize(1);
    }

    @Test
    @DisplayName("The operator refuses with a reason or approves, once; an approval publishes an aggregate-only request that ends with the pilot")
    void decision() {
        String body = Tenants.register(http, "City of Decisions", "public_body");
        String refusedId = propose(body, "Refused study").getString("id");
        String approvedId = propose(body, "Approved study").getString("id");
        JsonArray proposed = operator.get("/api/v1/operator/pilots?status=proposed").getJsonArray("items");
        assertThat(proposed.stream().map(p -> ((JsonObject) p).getString("id")).toList()).contains(refusedId, approvedId);

        JsonObject noReason = operator.post("/api/v1/operator/pilots/" + refusedId + "/decision", "{\"decision\":\"refuse\"}", 422);
        assertThat(noReason.getString("field")).isEqualTo("reason");
        JsonObject refused = operator.post("/api/v1/operator/pilots/" + refusedId + "/decision",
                "{\"decision\":\"refuse\",\"reason\":\"The fields asked for are not needed for the purpose.\"}", 200);
        assertThat(refused.getString("status")).isEqualTo("refused");
        JsonObject seen = Http.json(http.get("/api/v1/tenant/pilots/" + refusedId, "Authorization", body));
        assertThat(seen.getJsonObject("decision").getString("reason")).isEqualTo("The fields asked for are not needed for the purpose.");

        JsonObject approved = approve(approvedId);
        assertThat(approved.getString("status")).isEqualTo("approved");
        JsonObject invitation = approved.getJsonObject("invitation");
        assertThat(invitation.getString("url")).endsWith("/requests/" + invitation.getString("code"));
        assertThat(operator.post("/api/v1/operator/pilots/" + approvedId + "/decision", "{\"decision\":\"refuse\",\"reason\":\"late\"}", 409)
                .getString("code")).isEqualTo("pilot_not_running");

        JsonObject request = Http.json(http.get("/api/v1/data-requests/" + invitation.getString("code")));
        assertThat(request.getJsonArray("accessModes")).containsExactly("aggregate");
        assertThat(request.getString("lawfulBasis")).isEqualTo("dpv:Consent");
        assertThat(request.getString("title")).isEqualTo("Approved study");
        assertThat(request.getString("endsAt")).isEqualTo(today().plusDays(61).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
    }

    @Test
    @DisplayName("A participant's agreement ends with the pilot; under it the tenant can neither read nor deliver, and nothing is logged as a read")
    void noRawAccess() {
        String body = Tenants.register(http, "Agency of Aggregates", "public_body");
        JsonObject pilot = approve(propose(body, "Aggregates only").getString("id"));
        String person = Http.bearer(TestPlatform.individual(http, "participant@pilots.example", "a participant password"));
        http.postJson("/api/v1/me/records", "{\"schema\":\"hearth:sleep/v1\",\"category\":\"dpv-pd:HealthRecord\",\"title\":\"My sleep\","
                + "\"data\":{\"hours\":7.5,\"region\":\"north\"}}", "Authorization", person);
        HttpResponse<String> accepted = http.postJson("/api/v1/me/agreements", "{\"code\":\"" + pilot.getJsonObject("invitation").getString("code") + "\"}",
                "Authorization", person);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        JsonObject agreement = Http.json(accepted);
        assertThat(agreement.getString("expiresAt")).as("capped at the pilot's end, not 61+ days of duration rounding")
                .startsWith(today().plusDays(61).toString() + "T00:00");

        HttpResponse<String> read = http.get("/api/v1/tenant/agreements/" + agreement.getString("id") + "/records", "Authorization", body);
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(Http.json(read).getString("code")).isEqualTo("aggregate_only");
        HttpResponse<String> delivered = http.postJson("/api/v1/tenant/agreements/" + agreement.getString("id") + "/records",
                "{\"schema\":\"hearth:sleep/v1\",\"category\":\"dpv-pd:HealthRecord\",\"title\":\"Planted\",\"data\":{\"hours\":1}}",
                "Authorization", body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(delivered.statusCode()).isEqualTo(403);
        assertThat(Http.json(delivered).getString("code")).isEqualTo("aggregate_only");

        assertThat(Http.json(http.get("/api/v1/me/access-log", "Authorization", person)).getJsonArray("items"))
                .as("no read or delivery logged in the participant's access log").isEmpty();
        assertThat(Http.json(http.get("/api/v1/me/records", "Authorization", person)).getJsonArray("items")).as("nothing delivered").hasSize(1);

        // The partner cannot count who joined: no listing, no console count, no webhook event.
        assertThat(Http.json(http.get("/api/v1/tenant/agreements", "Authorization", body)).getJsonArray("items").stream()
                .map(o -> ((JsonObject) o).getString("id"))).as("the pilot's agreement is not in the partner's list").doesNotContain(agreement.getString("id"));
        int told = platform.db().system(org.hearth.kernel.actor.CallContext.system("test.pilot-events"), tx -> tx.fetchCount(OUTBOX_EVENTS,
                OUTBOX_EVENTS.AGGREGATE_ID.eq(agreement.getString("id"))));
        assertThat(told).as("no agreement.* event, hence no webhook, for an aggregate-only agreement").isZero();
    }

    @Test
    @DisplayName("At its end date the pilot ends: every agreement expires with its consent event, each remaining participant is told once")
    void expiry() {
        String body = Tenants.register(http, "Ministry of Endings", "public_body");
        JsonObject pilot = approve(propose(body, "Short study").getString("id"));
        String code = pilot.getJsonObject("invitation").getString("code");
        String stays = Http.bearer(TestPlatform.individual(http, "stays@pilots.example", "a participant who stays"));
        String leaves = Http.bearer(TestPlatform.individual(http, "leaves@pilots.example", "a participant who leaves"));
        String staying = Http.json(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", stays)).getString("id");
        String leaving = Http.json(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", leaves)).getString("id");
        assertThat(http.delete("/api/v1/me/agreements/" + leaving, "Authorization", leaves).statusCode()).as("leaving is revoking").isEqualTo(204);

        UUID id = UUID.fromString(pilot.getString("id"));
        platform.db().system(CallContext.system("test.pilot_past"), tx -> tx.update(PILOTS).set(PILOTS.STARTS_ON, today().minusDays(30))
                .set(PILOTS.ENDS_ON, today().minusDays(1)).where(PILOTS.ID.eq(id)).execute());
        var ending = platform.modules().tenants().pilots().ending();
        ending.endDue();
        ending.endDue();

        JsonObject ended = Http.json(http.get("/api/v1/tenant/pilots/" + id, "Authorization", body));
        assertThat(ended.getString("status")).isEqualTo("ended");
        assertThat(ended.getString("endedAt")).isNotNull();
        JsonObject mine = Http.json(http.get("/api/v1/me/agreements", "Authorization", stays)).getJsonArray("items").getJsonObject(0);
        assertThat(mine.getString("status")).isEqualTo("expired");
        JsonArray events = Http.json(http.get("/api/v1/me/agreements/" + staying + "/consent-record", "Authorization", stays)).getJsonArray("events");
        assertThat(events.stream().map(e -> ((JsonObject) e).getString("event")).toList()).contains("expired");
        JsonArray notices = Http.json(http.get("/api/v1/me/notices", "Authorization", stays)).getJsonArray("items");
        assertThat(notices).as("told once, though the worker ran twice").hasSize(1);
        JsonObject text = notices.getJsonObject(0).getJsonObject("text");
        assertThat(text.getString("en")).contains("Short study").contains("Ministry of Endings");
        assertThat(text.getString("fr")).contains("Short study").contains("Ministry of Endings").contains("terminé");
        assertThat(Http.json(http.get("/api/v1/me/notices", "Authorization", leaves)).getJsonArray("items")).as("who left is not a participant").isEmpty();
        assertThat(Http.json(http.get("/api/v1/data-requests/" + code)).getBoolean("open")).as("no one joins an ended pilot").isFalse();
    }

    @Test
    @DisplayName("The funding received is recorded once and booked as grant revenue once, even when the outbox is read again")
    void funding() throws InterruptedException {
        LocalDate yearStart = today().getMonthValue() >= 4 ? LocalDate.of(today().getYear(), 4, 1) : LocalDate.of(today().getYear() - 1, 4, 1);
        operator.post("/api/v1/governance/years", "{\"startsOn\":\"" + yearStart + "\"}", 201);
        String body = Tenants.register(http, "Funding Council", "public_body");
        String proposedId = propose(body, "Unfunded yet").getString("id");
        assertThat(operator.post("/api/v1/operator/pilots/" + proposedId + "/funding", "{\"receivedOn\":\"" + today() + "\",\"reference\":\"G-0\"}", 409)
                .getString("code")).as("not before approval").isEqualTo("pilot_not_running");
        String id = approve(propose(body, "Funded study").getString("id")).getString("id");

        JsonObject funded = operator.post("/api/v1/operator/pilots/" + id + "/funding", "{\"receivedOn\":\"" + today() + "\",\"reference\":\"GRANT-2026-17\"}", 201);
        assertThat(funded.getJsonObject("funding").getString("receivedOn")).isEqualTo(today().toString());
        assertThat(operator.post("/api/v1/operator/pilots/" + id + "/funding", "{\"receivedOn\":\"" + today() + "\",\"reference\":\"AGAIN\"}", 409)
                .getString("code")).isEqualTo("conflict");

        Eventually.within(java.time.Duration.ofSeconds(20), () -> grants().size() == 1);
        List<JsonObject> grants = grants();
        assertThat(grants).hasSize(1);
        assertThat(grants.getFirst().getString("date")).isEqualTo(today().toString());
        String from = yearStart.toString();
        String to = yearStart.plusYears(1).minusDays(1).toString();
        assertThat(operator.get("/api/v1/governance/accounts/4300/statement?from=" + from + "&to=" + to).getString("closing")).isEqualTo("25000.00");
        assertThat(operator.get("/api/v1/governance/accounts/1000/statement?from=" + from + "&to=" + to).getString("closing")).isEqualTo("25000.00");

        // The outbox delivered again: the poster's cursor back at the start, and a new event to wake it.
        platform.db().system(CallContext.system("test.replay"), tx -> tx.update(OUTBOX_CURSORS).set(OUTBOX_CURSORS.LAST_ID, 0L)
                .set(OUTBOX_CURSORS.LAST_TX_ID, 0L).where(OUTBOX_CURSORS.NAME.eq("billing-revenue")).execute());
        UUID wake = platform.db().system(CallContext.system("test.replay"), tx -> Outbox.append(tx, new TenantRegistered(UUID.randomUUID(), "company")));
        long wakeId = platform.db().system(CallContext.system("test.replay"), tx -> tx.fetchValue(
                tx.select(OUTBOX_EVENTS.ID).from(OUTBOX_EVENTS).where(OUTBOX_EVENTS.EVENT_ID.eq(wake))));
        Eventually.within(java.time.Duration.ofSeconds(20), () -> cursor() >= wakeId);
        assertThat(cursor()).as("the poster read the whole outbox again, the funding event with it").isGreaterThanOrEqualTo(wakeId);
        assertThat(grants()).as("booked once").hasSize(1);
    }

    private static long cursor() {
        return platform.db().system(CallContext.system("test.cursor"), tx -> tx.fetchValue(
                tx.select(OUTBOX_CURSORS.LAST_ID).from(OUTBOX_CURSORS).where(OUTBOX_CURSORS.NAME.eq("billing-revenue"))));
    }

    private static List<JsonObject> grants() {
        return operator.get("/api/v1/governance/entries?limit=5000").getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(e -> "grant".equals(e.getString("kind"))).toList();
    }
}
