package org.hearth.datastore;

import static org.hearth.schema.generated.platform.Tables.AUDIT_LOG;
import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.datastore.accesslog.GroupCommitLog;
import org.hearth.datastore.accounts.Account;
import org.hearth.datastore.accounts.AccountService;
import org.hearth.datastore.agreements.AgreementExpiry;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.datastore.agreements.TenantAgreementAccess;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.datastore.records.RecordService;
import org.hearth.datastore.tokens.TokenService;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.Credential;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.crypto.MasterKey;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.testing.TestDatabase;
import org.hearth.schema.generated.platform.tables.records.AuditLogRecord;
import org.hearth.kernel.login.LoginThrottle;
import org.hearth.kernel.crypto.SigningKeys;

/**
 * The datastore's services on a real, emptied PostgreSQL, wired as {@link DatastoreModule} wires
 * them, with data requests of this test's own making. Close it to stop its workers.
 */
public final class DatastoreWorld implements AutoCloseable {

    public static final String PASSWORD = "correct horse battery staple";

    public final TestDatabase database = TestDatabase.get();
    public final Db db = database.db();
    public final LookupKey lookupKey = LookupKey.fromBase64("TEST_LOOKUP_KEY", random32());
    public final MasterKeyRing masters = new MasterKeyRing(MasterKey.fromBase64("TEST_MASTER_KEY", random32()), List.of());
    public final DataKeys keys = new DataKeys(db, masters);
    public final RecordService records = new RecordService(db, keys, org.hearth.datastore.schemas.RecordSchemas.builtIn(), 64 * 1024, 1024 * 1024);
    public final AccessLog accessLog = new AccessLog(db, lookupKey, keys);
    public final GroupCommitLog hotLog = new GroupCommitLog(db, accessLog);
    public final ConcurrentHashMap<String, RequestTerms> requests = new ConcurrentHashMap<>();
    /** Mail to the local outbox (no SMTP server, no worker running): tests read what was queued. */
    public final org.hearth.datastore.mail.Mail mail = org.hearth.datastore.mail.Mail.create(db, keys, masters, lookupKey, AccountService.EMAIL_PURPOSE,
            accessLog, org.hearth.kernel.config.MailConfig.localOnly(), "http://localhost:8080", null, Clock.systemUTC());
    public final AgreementService agreements;
    public final TenantAgreementAccess tenantAgreements;
    public final AgreementExpiry expiry;
    public final AccountService accounts;
    public final TokenService tokens;

    public DatastoreWorld() {
        this(Clock.systemUTC());
    }

    /** @param agreementClock the clock agreements are granted by (one in the past makes agreements that have already ended) */
    public DatastoreWorld(Clock agreementClock) {
        database.reset();
        SigningKeys signer = SigningKeys.fromJwk(SigningKeys.generateJwk());
        agreements = new AgreementService(db, code -> Optional.ofNullable(requests.get(code)), lookupKey,
                receipt -> signer.signJson(receipt, "consent-receipt+jws"), agreementClock, mail.service());
        tenantAgreements = new TenantAgreementAccess(db, accessLog, hotLog, records, Clock.systemUTC(), mail.service());
        expiry = new AgreementExpiry(db, Duration.ofSeconds(1), mail.service());
        accounts = new AccountService(db, lookupKey, new PasswordHasher(8 * 1024, 1, 1),
                new LoginThrottle(db, Clock.systemUTC(), LoginThrottle.DEFAULT_LOCK, new SimpleMeterRegistry()), keys, agreements, mail.service());
        tokens = new TokenService(db, Clock.systemUTC(), keys, org.hearth.kernel.login.PersonalTokenVerifier.PREFIX);
        accounts.addAfterErasure(tokens::forgetOwner);
        hotLog.start();
    }

    /** A new individual with a data key, signed up as the API does it. */
    public Actor individual() {
        Account account = accounts.signUp("createAccount", RequestId.generate(), "someone-" + UUID.randomUUID() + "@example.org", PASSWORD);
        return Actor.individual(account.id(), new Credential.Session(account.id()));
    }

    /** An open data request of a new tenant, found by the returned invitation code. */
    public RequestTerms request(List<String> categories, List<String> accessModes, int durationDays) {
        RequestTerms terms = new RequestTerms(UUID.randomUUID(), UUID.randomUUID(), "Tenant " + UUID.randomUUID(), "Research", "Study sleep",
                "A study", categories, accessModes, durationDays, 30, "consent", "https://example.org/policy", true);
        requests.put(terms.requestId().toString(), terms);
        return terms;
    }

    public static String code(RequestTerms terms) {
        return terms.requestId().toString();
    }

    public static TenantScope tenant(UUID tenantId) {
        return TenantGuard.admit(Actor.client(tenantId, "client-" + tenantId));
    }

    public static CallContext as(Actor actor, String operation) {
        return new CallContext(actor, operation, RequestId.generate());
    }

    /** The audit rows of one operation, oldest first. */
    public List<AuditLogRecord> audit(String operation) {
        return db.read("test.audit", dsl -> dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.OPERATION.eq(operation)).orderBy(AUDIT_LOG.ID).fetch());
    }

    public int auditRows() {
        return database.count(AUDIT_LOG);
    }

    /** The payloads of the outbox events of one type, oldest first. */
    public List<JsonObject> events(String type) {
        return db.read("test.events", dsl -> dsl.select(OUTBOX_EVENTS.PAYLOAD).from(OUTBOX_EVENTS).where(OUTBOX_EVENTS.EVENT_TYPE.eq(type))
                .orderBy(OUTBOX_EVENTS.ID).fetch(r -> new JsonObject(r.value1().data())));
    }

    private static String random32() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public void close() {
        expiry.close();
        hotLog.close();
    }
}
