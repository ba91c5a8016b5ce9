package org.hearth.web.staff;

import static org.hearth.schema.generated.platform.Tables.STAFF;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.schema.generated.platform.tables.records.StaffRecord;

final class StaffRepository {

    private final Db db;

    StaffRepository(Db db) {
        this.db = db;
    }

    /** A staff member who is not disabled: the password hash to check and the roles held. */
    record ActiveStaff(UUID id, String passwordHash, Set<String> roles) {
    }

    Optional<ActiveStaff> findActiveByEmail(String email) {
        return db.read("staff.find_by_email", dsl -> dsl.selectFrom(STAFF)
                .where(STAFF.EMAIL.eq(email).and(STAFF.DISABLED_AT.isNull()))
                .fetchOptional()).map(StaffRepository::active);
    }

    Optional<ActiveStaff> findActive(UUID id) {
        return db.read("staff.find", dsl -> dsl.selectFrom(STAFF).where(STAFF.ID.eq(id).and(STAFF.DISABLED_AT.isNull())).fetchOptional())
                .map(StaffRepository::active);
    }

    Optional<String> language(UUID id) {
        return db.read("staff.language", dsl -> dsl.select(STAFF.LOCALE).from(STAFF).where(STAFF.ID.eq(id).and(STAFF.DISABLED_AT.isNull()))
                .fetchOptional(STAFF.LOCALE)).flatMap(Optional::ofNullable);
    }

    /** False when no active staff member has this id. */
    boolean setLanguage(CallContext ctx, UUID id, String language) {
        return db.write(ctx, dsl -> dsl.update(STAFF).set(STAFF.LOCALE, language).where(STAFF.ID.eq(id).and(STAFF.DISABLED_AT.isNull())).execute() == 1);
    }

    private static ActiveStaff active(StaffRecord row) {
        return new ActiveStaff(row.getId(), row.getPasswordHash(), Set.of(row.getRoles()));
    }

    /** Inserts, or replaces the password and roles of an existing staff member with that email. */
    UUID upsert(UUID id, String email, String passwordHash, Set<String> roles) {
        // Staff are added from the command line (add-staff): the platform acts, audited as that job.
        return db.system(CallContext.system("staff.upsert"), dsl -> dsl.insertInto(STAFF)
                .set(STAFF.ID, id)
                .set(STAFF.EMAIL, email)
                .set(STAFF.PASSWORD_HASH, passwordHash)
                .set(STAFF.ROLES, roles.toArray(String[]::new))
                .onConflict(STAFF.EMAIL).doUpdate()
                .set(STAFF.PASSWORD_HASH, passwordHash)
                .set(STAFF.ROLES, roles.toArray(String[]::new))
                .set(STAFF.DISABLED_AT, (OffsetDateTime) null)
                .set(STAFF.FAILED_LOGINS, 0)
                .set(STAFF.LOCKED_UNTIL, (OffsetDateTime) null)
                .returning(STAFF.ID)
                .fetchOne(STAFF.ID));
    }
}
