package org.hearth.tenants.webhooks;

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
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.HearthException;

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
    static final String JOB = "webhooks-sender";

    private final Db db;
    private final WebhookService webhooks;
    private final Duration base;
    private final WebhookRepository repository = new WebhookRepository();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookSender(Db db, WebhookService webhooks, Duration base) {
        this.db = db;
        this.webhooks = webhooks;
        this.base = base;
    }

    /**
     * Sends what is due; returns how many attempts it made. The lease is one audited system-scope
     * unit of work across tenants, opened only when the database says a delivery is due (or
     * {@code queued}: the fan-out has just queued some), so an idle poll leaves no audit row.
     */
    int runOnce(boolean queued) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!queued && !db.read("webhooks.any_due", repository::anyDue)) {
            return 0;
        }
        CallContext ctx = CallContext.system(JOB);
        List<WebhookRepository.Due> due = db.system(ctx, tx -> repository.leaseDue(tx, now, now.plus(LEASE), 20));
        due.forEach(delivery -> attempt(ctx, delivery));
        return due.size();
    }

    private void attempt(CallContext ctx, WebhookRepository.Due delivery) {
        TenantScope tenant = TenantGuard.forJob(ctx.actor(), delivery.tenantId());
        var found = db.read(tenant, "webhooks.get", dsl -> repository.target(dsl, tenant, delivery.webhookId()));
        if (found.isEmpty()) {
            // Deleted after this delivery was queued or leased: it is not sent, and not tried again.
            db.write(ctx.as(JOB + ".record"), tenant, tx -> {
                repository.markGivenUp(tx, tenant, delivery.id(), delivery.attempts());
                return null;
            });
            return;
        }
        var webhook = found.get();
        long timestamp = System.currentTimeMillis() / 1000;
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(webhooks.target(webhook.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Hearth-Event-Id", delivery.eventId().toString())
                    .header("Hearth-Delivery-Id", delivery.id().toString())
                    .header("Hearth-Signature", "t=" + timestamp + ",v1=" + sign(webhooks.secret(webhook), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HearthException e) {
            error = e.detail();
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        record(ctx, tenant, delivery, status, error);
    }

    private void record(CallContext ctx, TenantScope tenant, WebhookRepository.Due delivery, Integer status, String error) {
        boolean ok = status != null && status >= 200 && status < 300;
        int attempt = delivery.attempts() + 1;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.write(ctx.as(JOB + ".record"), tenant, tx -> {
            repository.insertAttempt(tx, tenant, delivery.id(), attempt, status, error == null ? null : error.substring(0, Math.min(500, error.length())));
            if (ok) {
                repository.markDelivered(tx, tenant, delivery.id(), attempt);
            } else if (delivery.createdAt().plus(GIVE_UP_AFTER).isBefore(now)) {
                repository.markGivenUp(tx, tenant, delivery.id(), attempt);
            } else {
                repository.retryAt(tx, tenant, delivery.id(), attempt, now.plus(backoff(attempt)));
            }
            return null;
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
