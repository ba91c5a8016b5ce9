package org.hearth.tenants.deliveries;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.datastore.records.Record;
import org.hearth.datastore.records.RecordJson;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/**
 * {@code POST /api/v1/tenant/agreements/{id}/records}: deliver a record. The Idempotency-Key
 * header is required; a retry with the same key creates nothing and gets the first answer.
 */
public final class DeliveryRoutes implements ApiRoutes {

    private static final String OPERATION = "deliverRecord";
    private final AgreementService agreements;
    private final ClientService clients;
    private final TenantKeys keys;
    private final IdempotencyKeys idempotency;

    public DeliveryRoutes(Db db, AgreementService agreements, ClientService clients, TenantKeys keys) {
        this.agreements = agreements;
        this.clients = clients;
        this.keys = keys;
        this.idempotency = new IdempotencyKeys(db);
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle(OPERATION, this::deliver);
    }

    private void deliver(RoutingContext rc) {
        UUID tenant = clients.activeTenant(rc);
        String key = rc.request().getHeader("Idempotency-Key");
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "Send an Idempotency-Key header (1 to 200 characters) with every delivery.");
        }
        var first = idempotency.find(tenant, key);
        if (first.isPresent()) {
            answer(rc, first.get(), true);
            return;
        }
        UUID agreement = Ids.parseOrNull(rc.pathParam("id"));
        if (agreement == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no agreement with this id.");
        }
        JsonObject body = Api.body(rc);
        Record.Content content = new Record.Content(body.getString("schema"), body.getString("category"), body.getString("title"),
                body.getJsonObject("data").encode());
        IdempotencyKeys.Answer[] saved = new IdempotencyKeys.Answer[1];
        try {
            agreements.deliver(tenant, agreement, content, Boolean.TRUE.equals(body.getBoolean("verified")), keys, (tx, record) -> {
                JsonObject json = RecordJson.of(record);
                json.remove("attachment");
                saved[0] = new IdempotencyKeys.Answer(201, json.encode());
                idempotency.save(tx, tenant, key, OPERATION, saved[0]);
            });
        } catch (org.jooq.exception.IntegrityConstraintViolationException raced) {
            // The same key was delivered concurrently and committed first: answer as it did.
            answer(rc, idempotency.find(tenant, key).orElseThrow(() -> raced), true);
            return;
        }
        answer(rc, saved[0], false);
    }

    private static void answer(RoutingContext rc, IdempotencyKeys.Answer answer, boolean replay) {
        rc.response().setStatusCode(answer.status()).putHeader("Content-Type", "application/json")
                .putHeader("Idempotent-Replayed", String.valueOf(replay)).end(answer.body());
    }
}
