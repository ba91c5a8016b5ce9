package org.hearth.datastore.agreements;

import java.util.Map;
import java.util.UUID;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.IndividualMail;
import org.hearth.datastore.IndividualMail.Kind;
import org.jooq.DSLContext;

/** What the owner of an agreement is mailed about it, in the transaction that changes it. */
final class AgreementMail {

    private final IndividualMail mail;

    AgreementMail(IndividualMail mail) {
        this.mail = mail;
    }

    void granted(DSLContext tx, UUID owner, Agreement agreement) {
        mail.tell(tx, owner, Kind.AGREEMENT_GRANTED, facts(agreement, null));
    }

    void expiring(DSLContext tx, UUID owner, Agreement agreement) {
        mail.tell(tx, owner, Kind.AGREEMENT_EXPIRING, facts(agreement, null));
    }

    void revoked(DSLContext tx, UUID owner, Agreement agreement) {
        mail.tell(tx, owner, Kind.AGREEMENT_ENDED, facts(agreement, "revoked"));
    }

    void expired(DSLContext tx, UUID owner, Agreement agreement) {
        mail.tell(tx, owner, Kind.AGREEMENT_ENDED, facts(agreement, "expired"));
    }

    void delivered(DSLContext tx, UUID owner, Agreement agreement, String title, UUID recordId) {
        mail.tell(tx, owner, Kind.RECORD_DELIVERED, Map.of("organisation", agreement.tenantName(), "title", title, "record", recordId.toString()));
    }

    private static Map<String, String> facts(Agreement agreement, String reason) {
        var facts = new java.util.HashMap<String, String>(Map.of("organisation", agreement.tenantName(), "title", agreement.title(),
                "ends", agreement.expiresAt().toString(), "agreement", agreement.id().toString()));
        if (reason != null) {
            facts.put("reason", reason);
        }
        return facts;
    }
}
