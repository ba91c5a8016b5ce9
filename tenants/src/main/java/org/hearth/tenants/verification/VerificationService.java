package org.hearth.tenants.verification;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * Operators record that they checked who an organisation is, and against what; or withdraw it
 * (a register shows the organisation dissolved, or the check was wrong). Every change is one
 * audited write under the system scope, naming the member of staff.
 */
public final class VerificationService {

    private final Db db;
    private final VerificationRepository repository = new VerificationRepository();

    public VerificationService(Db db) {
        this.db = db;
    }

    public List<Organisation> list(CallContext staff) {
        return db.system(staff, repository::all);
    }

    public Organisation get(CallContext staff, UUID id) {
        return db.system(staff, tx -> repository.one(tx, id)).orElseThrow(VerificationService::notFound);
    }

    /** The organisation as its own team sees it (whether and when the platform checked who it is). */
    public Organisation ofTenant(org.hearth.kernel.actor.TenantScope scope) {
        return db.read(scope, "organisations.own", dsl -> repository.one(dsl, scope.tenantId())).orElseThrow(VerificationService::notFound);
    }

    /** Records the check now, by this member of staff; checking again replaces the evidence and the date. */
    public Organisation verify(CallContext staff, UUID id, String evidence) {
        String checked = evidence == null ? "" : evidence.strip();
        if (checked.isEmpty() || checked.length() > 300 || checked.contains("\n") || checked.contains("\r")) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED,
                    "Say in one line (at most 300 characters) which register you checked and the organisation's number in it.", Map.of("field", "evidence"));
        }
        return db.system(staff, tx -> {
            if (!repository.verify(tx, id, staff.actor().staffId(), checked)) {
                throw notFound();
            }
            return repository.one(tx, id).orElseThrow();
        });
    }

    public void withdraw(CallContext staff, UUID id) {
        db.system(staff, tx -> {
            if (!repository.withdraw(tx, id)) {
                throw new HearthException(ErrorCode.NOT_FOUND, "There is no verified organisation with this id.");
            }
            return null;
        });
    }

    static HearthException notFound() {
        return new HearthException(ErrorCode.NOT_FOUND, "There is no organisation with this id.");
    }
}
