package org.hearth.tenants.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.tenants.Tables.WEBHOOK_ATTEMPTS;
import static org.hearth.schema.generated.tenants.Tables.WEBHOOK_DELIVERIES;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.kernel.testing.TestDatabase;
import org.hearth.tenants.TenantsDatabase;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.web.security.AccessTokens;
import org.hearth.kernel.crypto.SigningKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook endpoints, the fan-out from the outbox, the sender and its attempts, on a real PostgreSQL as the application's role. */
class WebhooksIT {

    private final Db db = TenantsDatabase.app();
    private final WebhookService webhooks = new WebhookService(db, TenantsDatabase.masterKeys(), new WebhookTargets(true));
    private final ClientService clients = new ClientService(db, new AccessTokens(SigningKeys.fromJwk(SigningKeys.generateJwk()), "http://localhost",
            Duration.ofMinutes(15), Clock.systemUTC()), new TenantKeys(db, TenantsDatabase.masterKeys()), Map.of("sandbox", 20.0));
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private HttpServer receiver;

    @BeforeEach
    void setUp() throws Exception {
        TenantsDatabase.reset();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void tearDown() {
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @Test
    void anEventForATenantIsFannedOutToItsEndpointOnlyAndEveryAttemptIsRecorded() {
        UUID acme = clients.createTenantWithClient("Acme", "company").tenantId();
        UUID other = clients.createTenantWithClient("Other", "company").tenantId();
        TenantScope acmeScope = TenantsDatabase.scope(acme);
        Webhook.Registered hook = webhooks.register(TenantsDatabase.clientCall(acme, "createWebhook"), acmeScope, url(), List.of("agreement.granted"));
        webhooks.register(TenantsDatabase.clientCall(other, "createWebhook"), TenantsDatabase.scope(other), url(), List.of("agreement.granted"));
        UUID agreement = UUID.randomUUID();
        db.system(CallContext.system("test.grant"), tx -> Outbox.append(tx, new GrantedFixture(agreement, acme, "subject-1", UUID.randomUUID())));

        WebhookFanout fanout = new WebhookFanout(db);
        WebhookSender sender = new WebhookSender(db, webhooks, Duration.ofMillis(10));
        // Three outbox rows: the two tenant.registered events and the grant; only the grant concerns webhooks.
        assertThat(fanout.runOnce()).isEqualTo(3);
        assertThat(fanout.runOnce()).as("an idle poll reads nothing").isZero();
        status.set(500);
        assertThat(sender.runOnce(true)).isEqualTo(1);
        status.set(204);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (webhooks.deliveries(acmeScope, hook.id()).getFirst().attempts().size() < 2 && System.nanoTime() < deadline) {
            sender.runOnce(false);
        }

        WebhookDelivery delivery = webhooks.deliveries(acmeScope, hook.id()).getFirst();
        assertThat(delivery.delivered()).isTrue();
        assertThat(delivery.attempts()).extracting(a -> a.status().orElseThrow()).containsExactly(500, 204);
        assertThat(received).hasSize(2).allSatisfy(body -> assertThat(body).contains("\"subjectId\":\"subject-1\"").doesNotContain("tenantId"));
        // Only Acme had the event: the other tenant's endpoint got nothing.
        assertThat(TestDatabase.get().count(WEBHOOK_DELIVERIES)).isEqualTo(1);
        assertThat(TestDatabase.get().count(WEBHOOK_ATTEMPTS, WEBHOOK_ATTEMPTS.TENANT_ID.eq(acme))).isEqualTo(2);
        assertThat(TenantsDatabase.audit(WebhookFanout.JOB)).singleElement().satisfies(r -> assertThat(r.getScope()).isEqualTo("system"));
        assertThat(TenantsDatabase.audit(WebhookSender.JOB + ".record")).hasSize(2)
                .allSatisfy(r -> assertThat(r.getTenantId()).isEqualTo(acme));
        assertThat(TenantsDatabase.audit("createWebhook")).extracting(r -> r.getTenantId()).containsExactly(acme, other);
    }

    @Test
    void aTenantSeesNeitherAnotherTenantsEndpointNorItsDeliveries() {
        UUID acme = clients.createTenantWithClient("Acme", "company").tenantId();
        UUID other = clients.createTenantWithClient("Other", "company").tenantId();
        Webhook.Registered hook = webhooks.register(TenantsDatabase.clientCall(acme, "createWebhook"), TenantsDatabase.scope(acme), url(),
                List.of("agreement.revoked"));

        assertThat(webhooks.list(TenantsDatabase.scope(other))).isEmpty();
        assertThat(webhooks.list(TenantsDatabase.scope(acme))).extracting(Webhook::url).containsExactly(url());
        assertThatThrownBy(() -> webhooks.deliveries(TenantsDatabase.scope(other), hook.id()))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> webhooks.register(TenantsDatabase.clientCall(acme, "createWebhook"), TenantsDatabase.scope(acme), url(),
                List.of("tenant.registered")))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThat(TenantsDatabase.audit("createWebhook")).hasSize(1);
    }
}
