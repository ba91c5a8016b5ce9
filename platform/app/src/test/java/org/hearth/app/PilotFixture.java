package org.hearth.app;

import static org.hearth.schema.generated.tenants.Tables.DATA_REQUESTS;
import static org.hearth.schema.generated.tenants.Tables.PILOTS;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.tenants.clients.ClientCredentials;
import org.jooq.JSONB;

/**
 * Pilots as the engine's tests need them, without the pilots' lifecycle: an approved pilot row and
 * its aggregate-only data request, inserted under the system scope; individuals then accept the
 * request through the ordinary individual API, so their agreements are real.
 */
final class PilotFixture {

    static final String SCHEMA = "hearth:health-summary/v1";
    static final String CATEGORY = "dpv-pd:HealthRecord";
    /** age: numeric 0–120 with bins; steps: numeric 0–100 (clamping); smoker: categorical. */
    static final String FIELDS = "[{\"schema\":\"" + SCHEMA + "\",\"field\":\"age\",\"kind\":\"numeric\",\"lower\":0,\"upper\":120,\"decimals\":0,"
            + "\"bins\":[0,40,80,120]},{\"schema\":\"" + SCHEMA + "\",\"field\":\"steps\",\"kind\":\"numeric\",\"lower\":0,\"upper\":100,\"decimals\":0},"
            + "{\"schema\":\"" + SCHEMA + "\",\"field\":\"smoker\",\"kind\":\"categorical\",\"categories\":[\"yes\",\"no\"]}]";

    /** A public body, a pilot of it, and the invitation code of its aggregate-only request. */
    record Pilot(UUID tenantId, String token, UUID pilotId, String code) {
    }

    private PilotFixture() {
    }

    /**
     * The repository's charter with other pilot parameters, in a temporary file. The engine's tests
     * ask with large ε and cohorts far from the minimum: the minimum is checked against a noisy
     * count, so only noise that small makes an answer or a refusal certain (each test's comment
     * gives the odds against it).
     */
    static java.nio.file.Path charter(int minimumCohort, String budget, String maxPerQuestion) {
        try {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of("../../CHARTER.md"));
            String pilots = "pilots:\n  minimum_cohort: " + minimumCohort + "\n  epsilon_budget: \"" + budget + "\"\n  max_epsilon_per_question: \""
                    + maxPerQuestion + "\"\n";
            String changed = text.replaceFirst("pilots:\\n(  [^\\n]*\\n)+", java.util.regex.Matcher.quoteReplacement(pilots));
            if (changed.equals(text)) {
                throw new IllegalStateException("CHARTER.md has no pilots section to change");
            }
            java.nio.file.Path file = java.nio.file.Files.createTempFile("pilot-charter", ".md");
            java.nio.file.Files.writeString(file, changed);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A public body with a client; returns its tenant id and a bearer token. */
    static Map.Entry<UUID, String> publicBody(Platform platform, Http http, String name) {
        return tenant(platform, http, name, "public_body");
    }

    static Map.Entry<UUID, String> tenant(Platform platform, Http http, String name, String kind) {
        ClientCredentials c = platform.modules().tenants().clients().createTenantWithClient(name, kind);
        String token = Http.json(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(c.clientId(), c.clientSecret()))).getString("access_token");
        return Map.entry(c.tenantId(), Http.bearer(token));
    }

    /** An approved pilot running from yesterday to next month. */
    static Pilot running(Platform platform, Map.Entry<UUID, String> body, String title) {
        return pilot(platform, body, title, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
    }

    static Pilot pilot(Platform platform, Map.Entry<UUID, String> body, String title, LocalDate startsOn, LocalDate endsOn) {
        UUID request = UUID.randomUUID();
        UUID pilot = UUID.randomUUID();
        String code = "P" + request.toString().replace("-", "").substring(0, 9).toUpperCase(java.util.Locale.ROOT);
        platform.db().system(CallContext.system("test.pilots"), dsl -> {
            dsl.insertInto(DATA_REQUESTS).set(DATA_REQUESTS.ID, request).set(DATA_REQUESTS.TENANT_ID, body.getKey()).set(DATA_REQUESTS.CODE, code)
                    .set(DATA_REQUESTS.TITLE, title).set(DATA_REQUESTS.PURPOSE, "dpv:ResearchAndDevelopment")
                    .set(DATA_REQUESTS.DESCRIPTION, "Noisy statistics only.").set(DATA_REQUESTS.CATEGORIES, new String[] {CATEGORY})
                    .set(DATA_REQUESTS.ACCESS_MODES, new String[] {"aggregate"}).set(DATA_REQUESTS.DURATION_DAYS, 60)
                    .set(DATA_REQUESTS.RETENTION_DAYS, 0).set(DATA_REQUESTS.LAWFUL_BASIS, "dpv:Consent")
                    .set(DATA_REQUESTS.POLICY_URL, "https://health.example/privacy")
                    .set(DATA_REQUESTS.ENDS_AT, endsOn.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC)).execute();
            return dsl.insertInto(PILOTS).set(PILOTS.ID, pilot).set(PILOTS.TENANT_ID, body.getKey()).set(PILOTS.TITLE, title)
                    .set(PILOTS.PURPOSE, "dpv:ResearchAndDevelopment").set(PILOTS.DESCRIPTION, "How active are we?")
                    .set(PILOTS.CATEGORIES, new String[] {CATEGORY}).set(PILOTS.FIELDS, JSONB.valueOf(FIELDS)).set(PILOTS.TARGET_COHORT, 100)
                    .set(PILOTS.STARTS_ON, startsOn).set(PILOTS.ENDS_ON, endsOn).set(PILOTS.FUNDING_AMOUNT, new java.math.BigDecimal("25000.00"))
                    .set(PILOTS.FUNDING_CURRENCY, "EUR").set(PILOTS.POLICY_URL, "https://partner.example/pilot-privacy").set(PILOTS.STATUS, "approved").set(PILOTS.DECIDED_AT, OffsetDateTime.now())
                    .set(PILOTS.DATA_REQUEST_ID, request).execute();
        });
        return new Pilot(body.getKey(), body.getValue(), pilot, code);
    }

    /** Records the funding as received (the pilots' lifecycle does this through the governance ledger). */
    static void fundingReceived(Platform platform, UUID pilotId, String reference) {
        platform.db().system(CallContext.system("test.pilots"), dsl -> dsl.update(PILOTS).set(PILOTS.FUNDING_RECEIVED_AT, OffsetDateTime.now())
                .set(PILOTS.FUNDING_REFERENCE, reference).where(PILOTS.ID.eq(pilotId)).execute());
    }

    /** An individual's health summary record (their bearer token). */
    static void record(Http http, String individual, String data) {
        var created = http.postJson("/api/v1/me/records", "{\"schema\":\"" + SCHEMA + "\",\"category\":\"" + CATEGORY
                + "\",\"title\":\"Health summary\",\"data\":" + data + "}", "Authorization", individual);
        if (created.statusCode() != 201) {
            throw new AssertionError("record: " + created.body());
        }
    }

    /** The individual accepts the pilot's invitation; returns the agreement id. */
    static String join(Http http, String individual, Pilot pilot) {
        var accepted = http.postJson("/api/v1/me/agreements", "{\"code\":\"" + pilot.code() + "\"}", "Authorization", individual);
        if (accepted.statusCode() != 201) {
            throw new AssertionError("accept: " + accepted.body());
        }
        return Http.json(accepted).getString("id");
    }
}
