package org.hearth.datastore;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.outbox.EventCodec;
import org.junit.jupiter.api.Test;

/** Tenants receive these payloads in webhooks: type names and field names must not drift. */
class EventsTest {

    private static final UUID AGREEMENT = UUID.fromString("01a23439-0000-7000-8000-000000000001");
    private static final UUID TENANT = UUID.fromString("01a23439-0000-7000-8000-000000000002");
    private static final UUID REQUEST = UUID.fromString("01a23439-0000-7000-8000-000000000003");
    private static final UUID INDIVIDUAL = UUID.fromString("01a23439-0000-7000-8000-000000000004");

    @Test
    void agreementEventsKeepTheirTypesAndFieldsAsText() {
        AgreementGranted granted = new AgreementGranted(AGREEMENT, TENANT, "ps_abc", REQUEST);
        assertThat(granted.type()).isEqualTo("agreement.granted");
        assertThat(granted.aggregateType()).isEqualTo("agreement");
        assertThat(granted.aggregateId()).isEqualTo(AGREEMENT.toString());
        assertThat(EventCodec.encode(granted)).isEqualTo(new JsonObject().put("agreementId", AGREEMENT.toString())
                .put("tenantId", TENANT.toString()).put("subjectId", "ps_abc").put("dataRequestId", REQUEST.toString()));
        assertThat(new AgreementRevoked(AGREEMENT, TENANT, "ps_abc").type()).isEqualTo("agreement.revoked");
        assertThat(EventCodec.encode(new AgreementExpired(AGREEMENT, TENANT, "ps_abc")).fieldNames())
                .containsExactlyInAnyOrder("agreementId", "tenantId", "subjectId");
        assertThat(new AgreementExpired(AGREEMENT, TENANT, "ps_abc").type()).isEqualTo("agreement.expired");
    }

    @Test
    void anErasureNamesEachHolderAsAnObjectAndDecodesBack() {
        IndividualErased erased = new IndividualErased(INDIVIDUAL, List.of(new IndividualErased.Holder(TENANT, "ps_abc")));

        JsonObject payload = EventCodec.encode(erased);

        assertThat(erased.type()).isEqualTo("individual.erased");
        assertThat(erased.aggregateType()).isEqualTo("individual");
        assertThat(payload.getString("individualId")).isEqualTo(INDIVIDUAL.toString());
        assertThat(payload.getJsonArray("holders").getJsonObject(0))
                .isEqualTo(new JsonObject().put("tenantId", TENANT.toString()).put("subjectId", "ps_abc"));
        assertThat(EventCodec.decode(IndividualErased.class, new JsonObject(payload.encode()))).isEqualTo(erased);
        assertThat(EventCodec.encode(new IndividualRegistered(INDIVIDUAL)))
                .isEqualTo(new JsonObject().put("individualId", INDIVIDUAL.toString()));
    }
}
