package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: "a crash half-way leaves each tenant's invoice all there or not there (test it with
 * kill -9)". The real jar runs as its own process on its embedded PostgreSQL, with a few hundred
 * tenants that used the platform last month; an operator starts the month's close; as soon as
 * some invoices exist the server is killed with SIGKILL, restarted on the same data directory and
 * the month closed again. Billing's worker is off (HEARTH_BILLING_WORKER=off) so that the only
 * closes are this test's.
 */
class CloseCrashIT {

    private static final int TENANTS = 400;
    private static final String OPERATOR = "operator@close-crash.example";
    private static final String PASSWORD = "closes through a crash";
    private static final Map<String, String> SERVER = Map.of("HEARTH_HTTP_INSTANCES", "2", "HEARTH_BILLING_WORKER", "off");

    @Test
    @DisplayName("Killed with SIGKILL half-way through a month's close, the server restarts and a second close completes it: one invoice per tenant, numbers 1..N without gaps, nothing issued twice")
    void closeSurvivesKillNine(@TempDir Path dir) throws Exception {
        YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        addOperator(dir);
        int port = TestPlatform.freePort();
        Http http = new Http(port);
        Process server = ServerProcess.start(dir, port, SERVER);
        ServerProcess.awaitReady(http);
        try (Connection db = database(dir)) {
            lastMonthsUsage(db, month);
        }

        // The close runs in the background, as an operator's request that will never be answered.
        SignedIn operator = signIn(port);
        String closePath = "/api/v1/operator/billing/periods/" + month + "/close";
        CompletableFuture<Void> firstClose = CompletableFuture.runAsync(() -> {
            try {
                operator.postJson(closePath, "{}", "pac4jCsrfToken", operator.csrf);
            } catch (IllegalStateException killed) {
                // the connection dies with the server
            }
        });
        int seenBeforeKill;
        try (Connection db = database(dir)) {
            int[] seen = {0};
            Eventually.await(Duration.ofMinutes(5), "the close issued its first invoice", () -> {
                seen[0] = invoices(db, month);
                return seen[0] > 0;
            });
            seenBeforeKill = seen[0];
            server.destroyForcibly();  // SIGKILL: no shutdown hook, no graceful stop of the close
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the killed server is gone").isTrue();
        }
        firstClose.get(60, TimeUnit.SECONDS);

        server = ServerProcess.start(dir, port, SERVER);
        try {
            ServerProcess.awaitReady(http);
            int afterCrash;
            try (Connection db = database(dir)) {
                afterCrash = invoices(db, month);
                assertThat(afterCrash).as("the kill came half-way: some invoices but not all (%d seen before the kill)", seenBeforeKill)
                        .isGreaterThanOrEqualTo(seenBeforeKill).isGreaterThan(0).isLessThan(TENANTS);
                assertConsistent(db, month, year, afterCrash);
            }
            System.out.printf("Close crash: %d of %d invoices seen before the kill, %d there after the restart%n", seenBeforeKill, TENANTS, afterCrash);

            SignedIn again = signIn(port);
            JsonObject second = closed(again.postJson(closePath, "{}", "pac4jCsrfToken", again.csrf));
            assertThat(second.getInteger("issued")).as("the second close issues the invoices the crash left out").isEqualTo(TENANTS - afterCrash);
            try (Connection db = database(dir)) {
                assertConsistent(db, month, year, TENANTS);
                assertThat(count(db, "SELECT count(DISTINCT tenant_id) FROM tenants.invoices WHERE period_start = ?", month.atDay(1)))
                        .as("every tenant has its invoice for the month").isEqualTo(TENANTS);
            }
            JsonObject third = closed(again.postJson(closePath, "{}", "pac4jCsrfToken", again.csrf));
            assertThat(third.getInteger("issued")).as("a third close issues nothing").isZero();
            try (Connection db = database(dir)) {
                assertConsistent(db, month, year, TENANTS);
            }
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("a graceful stop at the end").isTrue();
        }
    }

    /**
     * The month's invoices, {@code expected} of them: one per tenant, numbered 1..expected in the
     * year's series with no gap and no duplicate, each one's lines summing to its subtotal and its
     * VAT rows to its VAT (and their bases to the subtotal), total = subtotal + VAT, a paying
     * tenant's with its subscription line (a sandbox invoice has no line: the plan prices nothing),
     * and exactly one invoice.issued outbox event each.
     */
    private static void assertConsistent(Connection db, YearMonth month, int year, int expected) throws SQLException {
        LocalDate start = month.atDay(1);
        assertThat(count(db, "SELECT count(*) FROM tenants.invoices WHERE period_start = ?", start)).isEqualTo(expected);
        assertThat(count(db, "SELECT count(DISTINCT tenant_id) FROM tenants.invoices WHERE period_start = ?", start))
                .as("no tenant has two invoices for the month").isEqualTo(expected);
        List<Long> numbers = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT sequence FROM tenants.invoices WHERE series = 'HE' AND year = ? ORDER BY sequence")) {
            s.setInt(1, year);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    numbers.add(r.getLong(1));
                }
            }
        }
        assertThat(numbers).as("the year's invoice numbers are 1..%d, no gap, no duplicate", expected)
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, expected).boxed().toList());
        assertThat(count(db, """
                SELECT count(*) FROM tenants.invoices i
                LEFT JOIN (SELECT invoice_id, sum(amount_minor) AS amount FROM tenants.invoice_lines GROUP BY invoice_id) l
                  ON l.invoice_id = i.id
                LEFT JOIN (SELECT invoice_id, sum(vat_minor) AS vat, sum(base_minor) AS base FROM tenants.invoice_vat GROUP BY invoice_id) v
                  ON v.invoice_id = i.id
                WHERE i.period_start = ?
                  AND (i.subtotal_minor <> coalesce(l.amount, 0) OR i.vat_minor <> coalesce(v.vat, 0)
                       OR coalesce(v.base, 0) <> i.subtotal_minor OR i.total_minor <> i.subtotal_minor + i.vat_minor)""", start))
                .as("invoices whose lines or VAT rows do not sum to their totals").isZero();
        assertThat(count(db, """
                SELECT count(*) FROM tenants.invoices i JOIN tenants.tenants t ON t.id = i.tenant_id
                WHERE i.period_start = ? AND t.plan <> 'sandbox'
                  AND NOT EXISTS (SELECT 1 FROM tenants.invoice_lines l WHERE l.invoice_id = i.id AND l.component_code = 'subscription')""", start))
                .as("paying tenants' invoices without their subscription line").isZero();
        assertThat(count(db, """
                SELECT count(*) FROM tenants.invoices i WHERE i.period_start = ?
                  AND (SELECT count(*) FROM platform.outbox_events e WHERE e.event_type = 'invoice.issued' AND e.aggregate_id = i.id::text) <> 1""",
                start)).as("invoices without exactly one invoice.issued event").isZero();
        assertThat(count(db, """
                SELECT count(*) FROM platform.outbox_events e WHERE e.event_type = 'invoice.issued'
                  AND NOT EXISTS (SELECT 1 FROM tenants.invoices i WHERE i.id::text = e.aggregate_id)"""))
                .as("invoice.issued events of invoices that do not exist").isZero();
    }

    /**
     * Last month's usage, written as the database owner the way metering would have left it: the
     * tenants (registered before the month, over the three plans, a few abroad with a VAT number),
     * one agreement each, usage rows on 200 hours of the month over three metrics, and a few
     * declared transactions. Every row is in a past hour, so the running server never touches it.
     */
    private static void lastMonthsUsage(Connection db, YearMonth month) throws SQLException {
        LocalDate start = month.atDay(1);
        db.setAutoCommit(false);
        try (PreparedStatement tenants = db.prepareStatement("""
                INSERT INTO tenants.tenants (id, name, kind, created_at, plan, billing_country, vat_number)
                SELECT md5('crash-tenant-' || i)::uuid, 'Crash tenant ' || i, 'company', ?::date - interval '1 month' + i * interval '1 second',
                       CASE WHEN i % 10 = 0 THEN 'enterprise' WHEN i % 2 = 1 THEN 'standard' ELSE 'sandbox' END,
                       CASE WHEN i % 20 = 2 THEN 'DE' ELSE 'FR' END, CASE WHEN i % 40 = 2 THEN 'DE' || (100000000 + i) END
                FROM generate_series(1, ?) AS i""");
             PreparedStatement individual = db.prepareStatement("""
                INSERT INTO datastore.individuals (id, email_hash, password_hash) VALUES (md5('crash-individual')::uuid,
                  sha256(convert_to('crash-individual', 'UTF8')), 'not a hash: no sign-in')""");
             PreparedStatement agreements = db.prepareStatement("""
                INSERT INTO datastore.agreements (id, individual_id, tenant_id, data_request_id, subject_id, tenant_name, title, purpose,
                  categories, access_modes, lawful_basis, policy_url, retention_days, granted_at, expires_at, consent_record, receipt_jws)
                SELECT md5('crash-agreement-' || i)::uuid, md5('crash-individual')::uuid, md5('crash-tenant-' || i)::uuid,
                       md5('crash-request-' || i)::uuid, 'subject-' || i, 'Crash tenant ' || i, 'Crash agreement', 'dpv:ServiceProvision',
                       ARRAY['dpv-pd:Preference'], ARRAY['read'], 'dpv:Consent', 'https://crash.example/privacy', 0,
                       ?::date + interval '3 days 6 hours', ?::date + interval '1 year', '{}'::jsonb, 'unsigned'
                FROM generate_series(1, ?) AS i""");
             PreparedStatement usage = db.prepareStatement("""
                INSERT INTO tenants.usage (tenant_id, metric, agreement_id, hour, quantity)
                SELECT md5('crash-tenant-' || i)::uuid, m.metric, md5('crash-agreement-' || i)::uuid,
                       ?::date + interval '4 days' + h * interval '1 hour', m.unit * (1 + (i + h) % 7)
                FROM generate_series(1, ?) AS i CROSS JOIN generate_series(0, 199) AS h
                CROSS JOIN (VALUES ('consented_reads', 3), ('records_served', 20), ('megabytes_exchanged', 0.04)) AS m (metric, unit)""");
             PreparedStatement transactions = db.prepareStatement("""
                INSERT INTO tenants.declared_transactions (id, tenant_id, agreement_id, value, currency, external_reference, declared_at,
                  idempotency_key_hash, request_digest)
                SELECT md5('crash-transaction-' || i || '-' || n)::uuid, md5('crash-tenant-' || i)::uuid, md5('crash-agreement-' || i)::uuid,
                       20 + n * 7.5, 'EUR', 'order-' || n, ?::date + interval '5 days' + n * interval '1 day',
                       sha256(convert_to('crash-key-' || i || '-' || n, 'UTF8')), sha256(convert_to('crash-body-' || i || '-' || n, 'UTF8'))
                FROM generate_series(1, ?) AS i CROSS JOIN generate_series(1, 5) AS n""")) {
            tenants.setObject(1, start);
            tenants.setInt(2, TENANTS);
            tenants.executeUpdate();
            individual.executeUpdate();
            agreements.setObject(1, start);
            agreements.setObject(2, start);
            agreements.setInt(3, TENANTS);
            agreements.executeUpdate();
            usage.setObject(1, start);
            usage.setInt(2, TENANTS);
            usage.executeUpdate();
            transactions.setObject(1, start);
            transactions.setInt(2, TENANTS);
            transactions.executeUpdate();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        try (Statement s = db.createStatement()) {
            s.execute("ANALYZE tenants.usage");
        }
    }

    private static int invoices(Connection db, YearMonth month) {
        try {
            return count(db, "SELECT count(*) FROM tenants.invoices WHERE period_start = ?", month.atDay(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The server's embedded PostgreSQL, as its superuser: its port is in its lock file, its password in the data directory. */
    private static Connection database(Path dir) throws IOException, SQLException {
        List<String> lock = Files.readAllLines(dir.resolve("data/postgres/postmaster.pid"), StandardCharsets.UTF_8);
        String password = Files.readString(dir.resolve("data/secrets/postgres.password"), StandardCharsets.UTF_8).strip();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + lock.get(3).strip() + "/postgres", "postgres", password);
    }

    /** An operator, added with the jar's own command before the server starts (admin commands take the data directory's lock). */
    private static void addOperator(Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                Path.of("target/hearth.jar").toAbsolutePath().toString(), "add-staff", OPERATOR, "operator"))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("add-staff.log").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("HEARTH_"));
        builder.environment().put("HEARTH_DATA", dir.resolve("data").toString());
        builder.environment().put("HEARTH_STAFF_PASSWORD", PASSWORD);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("add-staff finished").isTrue();
        assertThat(process.exitValue()).as("add-staff: %s", Files.readString(dir.resolve("add-staff.log"))).isZero();
    }

    /** The operator signed in, with a patient client: a close of hundreds of tenants takes longer than the tests' usual 10 s. */
    private static SignedIn signIn(int port) {
        Http http = new Http(port);
        http.login("/staff/login", OPERATOR, PASSWORD);
        String csrf = Http.csrfToken(http.get("/staff", "Accept", "text/html"));
        return new SignedIn(http.newConnections(Duration.ofMinutes(10)), csrf);
    }

    private static JsonObject closed(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    /** A signed-in staff client and its session's CSRF token. */
    private record SignedIn(Http http, String csrf) {

        HttpResponse<String> postJson(String path, String json, String... headers) {
            return http.send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
        }
    }
}
