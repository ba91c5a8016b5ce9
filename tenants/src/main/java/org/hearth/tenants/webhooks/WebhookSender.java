package org.hearth.tenants.webhooks;

import static org.hearth.schema.generated.tenants.Tables.WEBHOOKS;
import static org.hearth.schema.generated.tenants.Tables.WEBHOOK_ATTEMPTS;
import static org.hearth.schema.generated.tenants.Tables.WEBHOOK_DELIVERIES;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.HearthException;
import org.hearth.schema.generated.tenants.tables.records.WebhookDeliveriesRecord;
import org.jooq.impl.DSL;

/**
 * Posts due deliveries. Each is first leased (its next attempt pushed out), so a slow receiver
 * never holds a database lock and two senders never post the same attempt; then the outcome is
 * recorded. Failures back off exponentially (base, 2×, 4×… capped at 6 h) and are given up
 * only after 26 hours, so a receiver that is down for a day still gets everything.
 */
final class WebhookSender {

    static final Duration GIVE_UP_AFTER = Duration.ofHours(26);
    private static final Duration CAP = Duration.ofHours(6);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final Db db;
    private final WebhookService webhooks;
    private final Duration base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookSender(Db db, WebhookService webhooks, Duration base) {
        this.db = db;
        this.webhooks = webhooks;
        this.base = base;
    }

    /** Sends what is due; returns how many attempts it made. */
    int runOnce() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<WebhookDeliveriesRecord> due = db.tx("webhooks.lease", tx -> {
            List<WebhookDeliveriesRecord> rows = tx.selectFrom(WEBHOOK_DELIVERIES)
                    .where(WEBHOOK_DELIVERIES.DELIVERED_AT.isNull().and(WEBHOOK_DELIVERIES.GIVEN_UP_AT.isNull())
                            .and(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT.le(now)))
                    .orderBy(WEBHOOK_DELIVERIES.CREATED_AT).limit(20).forUpdate().skipLocked().fetch();
            for (WebhookDeliveriesRecord row : rows) {
                tx.update(WEBHOOK_DELIVERIES).set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, now.plus(LEASE)).where(WEBHOOK_DELIVERIES.ID.eq(row.getId())).execute();
            }
            return rows;
        });
        due.forEach(this::attempt);
        return due.size();
    }

    private void attempt(WebhookDeliveriesRecord delivery) {
        var webhook = db.read("webhooks.get", dsl -> dsl.selectFrom(WEBHOOKS).where(WEBHOOKS.ID.eq(delivery.getWebhookId())).fetchOne());
        long timestamp = System.currentTimeMillis() / 1000;
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(webhooks.target(webhook.getUrl())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Hearth-Event-Id", delivery.getEventId().toString())
                    .header("Hearth-Delivery-Id", delivery.getId().toString())
                    .header("Hearth-Signature", "t=" + timestamp + ",v1=" + sign(webhooks.secret(webhook), timestamp, delivery.getPayload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.getPayload())).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HearthException e) {
            error = e.detail();
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        record(delivery, status, error);
    }

    private void record(WebhookDeliveriesRecord delivery, Integer status, String error) {
        boolean ok = status != null && status >= 200 && status < 300;
        int attempt = delivery.getAttempts() + 1;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.txRun("webhooks.record", tx -> {
            tx.insertInto(WEBHOOK_ATTEMPTS).set(WEBHOOK_ATTEMPTS.DELIVERY_ID, delivery.getId()).set(WEBHOOK_ATTEMPTS.ATTEMPT, attempt)
                    .set(WEBHOOK_ATTEMPTS.STATUS, status).set(WEBHOOK_ATTEMPTS.ERROR, error == null ? null : error.substring(0, Math.min(500, error.length())))
                    .onConflictDoNothing().execute();
            var update = tx.update(WEBHOOK_DELIVERIES).set(WEBHOOK_DELIVERIES.ATTEMPTS, attempt);
            if (ok) {
                update.set(WEBHOOK_DELIVERIES.DELIVERED_AT, DSL.currentOffsetDateTime()).where(WEBHOOK_DELIVERIES.ID.eq(delivery.getId())).execute();
            } else if (delivery.getCreatedAt().plus(GIVE_UP_AFTER).isBefore(now)) {
                update.set(WEBHOOK_DELIVERIES.GIVEN_UP_AT, DSL.currentOffsetDateTime()).where(WEBHOOK_DELIVERIES.ID.eq(delivery.getId())).execute();
            } else {
                update.set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, now.plus(backoff(attempt))).where(WEBHOOK_DELIVERIES.ID.eq(delivery.getId())).execute();
            }
        });
    }

    Duration backoff(int attempt) {
        Duration wait = base.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(CAP) > 0 ? CAP : wait;
    }

    /** HMAC-SHA256 over "timestamp.body", hex: what receivers recompute with their secret. */
    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
