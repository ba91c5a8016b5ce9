package org.hearth.datastore;

import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.datastore.accesslog.GroupCommitLog;
import org.hearth.datastore.agreements.AgreementExpiry;
import org.hearth.datastore.agreements.AgreementRoutes;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.datastore.agreements.TenantAgreementAccess;
import org.hearth.datastore.accesslog.AccessLogRoutes;
import org.hearth.datastore.accesslog.EmergencyAccess;
import org.hearth.datastore.accesslog.EmergencyAccessRoutes;
import org.hearth.datastore.accounts.AccountRoutes;
import org.hearth.datastore.accounts.AccountService;
import org.hearth.datastore.accounts.IndividualLanguages;
import org.hearth.kernel.login.AccountLanguages;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.datastore.mail.Mail;
import org.hearth.kernel.config.MailConfig;
import org.hearth.datastore.pages.Pages;
import org.hearth.datastore.portability.ExportService;
import org.hearth.datastore.portability.ImportService;
import org.hearth.datastore.portability.PortabilityRoutes;
import org.hearth.datastore.records.RecordRoutes;
import org.hearth.datastore.records.RecordService;
import org.hearth.datastore.tokens.TokenRoutes;
import org.hearth.datastore.tokens.TokenService;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.crypto.KeyMaterial;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.login.LoginThrottle;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.Worker;
import org.hearth.web.api.ApiRoutes;
import org.hearth.kernel.login.PasswordLogin;
import org.hearth.kernel.login.PersonalTokenVerifier;
import org.hearth.web.security.Security;
import org.hearth.kernel.crypto.SigningKeys;

/**
 * The datastore module, composed once by the application: its routes, pages and workers, and the
 * few things other modules use (all root-package types). Building it starts nothing and writes
 * nothing; {@link #workers()} are started by the platform.
 */
public final class DatastoreModule {

    /** Limits a deployment sets (HEARTH_MAX_RECORD_BYTES, HEARTH_MAX_ATTACHMENT_BYTES). */
    /** @param uploadDir an owner-only folder where import archives wait, sealed, while they are checked */
    public record Limits(long maxRecordBytes, long maxAttachmentBytes, long maxArchiveBytes, java.nio.file.Path uploadDir) {
    }

    /** Imports at once (more: 503) and per client address (more: 429); each holds a connection, a worker and up to an archive's size of disk. */
    static final int IMPORTS_AT_ONCE = 4;
    static final int IMPORTS_PER_ADDRESS = 1;
    // All running imports together hold at most one archive's worth unpacked in memory (ImportService's budget).

    private final Db db;
    private final DataKeys keys;
    private final AccountService accounts;
    private final TokenService tokens;
    private final RecordService records;
    private final AccessLog accessLog;
    private final long maxAttachmentBytes;
    private final AgreementService agreements;
    private final TenantAgreements tenantAgreements;
    private final List<Worker> workers;
    private final Clock clock;
    private final IndividualLanguages languages;
    private final GroupCommitLog hotLog;
    private final org.hearth.datastore.notices.NoticeService notices;
    /** What the review page of an aggregate-only request states as the smallest group asked about (default 10). */
    private final java.util.concurrent.atomic.AtomicInteger minimumCohort = new java.util.concurrent.atomic.AtomicInteger(10);
    private final PilotCohorts cohorts;
    private final Mail mail;
    private final Exports exports;

    /** Moving data in and out: the export archive (built at once for the API, prepared in the background for the pages), file imports, and whose keys check an imported signature. */
    private record Exports(ExportService service, org.hearth.datastore.portability.ExportJobs jobs, org.hearth.datastore.imports.ImportJobs imports,
                           org.hearth.datastore.portability.MoveIn moveIn) {
    }

    private DatastoreModule(Db db, DataKeys keys, AccountService accounts, TokenService tokens, RecordService records, AccessLog accessLog,
                            Limits limits, AgreementService agreements, TenantAgreements tenantAgreements, List<Worker> workers, Clock clock,
                            GroupCommitLog hotLog, Mail mail, org.hearth.datastore.notices.NoticeService notices, Exports exports) {
        this.hotLog = hotLog;
        this.mail = mail;
        this.notices = notices;
        this.exports = exports;
        this.tenantAgreements = tenantAgreements;
        this.workers = List.copyOf(workers);
        this.maxAttachmentBytes = limits.maxAttachmentBytes();
        this.agreements = agreements;
        this.clock = clock;
        this.db = db;
        this.keys = keys;
        this.accounts = accounts;
        this.tokens = tokens;
        this.records = records;
        this.accessLog = accessLog;
        this.languages = new IndividualLanguages(db);
        this.cohorts = new org.hearth.datastore.cohorts.CohortService(db, keys, records, clock);
    }

    /** How the platform sends mail: the SMTP server (none: the local outbox), links' base address, and Vert.x for the mail client. */
    public record Mailing(MailConfig config, String publicBaseUrl, io.vertx.core.Vertx vertx) {
    }

    public static DatastoreModule create(Db db, KeyMaterial keyMaterial, PasswordHasher hasher, LoginThrottle throttle, Clock clock, Limits limits,
                                         DataRequestDirectory requests, SigningKeys signer, Mailing mailing, AttributeKeys attributeKeys) {
        DataKeys keys = new DataKeys(db, keyMaterial.masterKeys());
        RecordService records = new RecordService(db, keys, org.hearth.datastore.schemas.RecordSchemas.builtIn(), limits.maxRecordBytes(), limits.maxAttachmentBytes());
        AccessLog log = new AccessLog(db, keyMaterial.lookupKey(), keys);
        GroupCommitLog hotLog = new GroupCommitLog(db, log);
        Mail mail = Mail.create(db, keys, keyMaterial.masterKeys(), keyMaterial.lookupKey(), AccountService.EMAIL_PURPOSE, log,
                mailing.config(), mailing.publicBaseUrl(), mailing.vertx(), clock);
        AgreementService agreements = new AgreementService(db, requests, keyMaterial.lookupKey(),
                receipt -> signer.signJson(receipt, "consent-receipt+jws"), clock, mail.service());
        TenantAgreements tenantAgreements = new TenantAgreementAccess(db, log, hotLog, records, clock, mail.service());
        AccountService accounts = new AccountService(db, keyMaterial.lookupKey(), hasher, throttle, keys, agreements, mail.service());
        var notices = new org.hearth.datastore.notices.NoticeService(db, clock, mail.service());
        ExportService exportService = new ExportService(db, records, log, agreements, clock, mailing.publicBaseUrl());
        var exportJobs = new org.hearth.datastore.portability.ExportJobs(db, keys, exportService, clock);
        accounts.addErasureStep(exportJobs::forget);
        var importJobs = new org.hearth.datastore.imports.ImportJobs(db, keys, records, clock);
        accounts.addErasureStep(importJobs::forget);
        // In start order: the group-commit writer before anything that may read under an agreement; closed in reverse.
        List<Worker> workers = List.of(hotLog, new AgreementExpiry(db, java.time.Duration.ofSeconds(1), mail.service()),
                new org.hearth.datastore.cohorts.InclusionWorker(db, log, java.time.Duration.ofMillis(200)), mail.worker(),
                new org.hearth.datastore.portability.ExportWorker(db, exportJobs, exportService, notices, mail.service(), clock, java.time.Duration.ofMillis(200)),
                new org.hearth.datastore.imports.ImportWorker(db, importJobs, notices, mail.service(), clock, java.time.Duration.ofMillis(200)));
        TokenService tokens = new TokenService(db, clock, keys, PersonalTokenVerifier.PREFIX);
        accounts.addAfterErasure(tokens::forgetOwner);
        return new DatastoreModule(db, keys, accounts, tokens, records, log, limits, agreements, tenantAgreements,
                workers, clock, hotLog, mail, notices, new Exports(exportService, exportJobs, importJobs,
                new org.hearth.datastore.portability.MoveIn(new ImportService(db, accounts, records, limits.maxArchiveBytes(), limits.maxArchiveBytes(), attributeKeys),
                        importJobs::queueArchive, limits.uploadDir(), limits.maxArchiveBytes(), IMPORTS_AT_ONCE, IMPORTS_PER_ADDRESS)));
    }

    /** Mail to individuals and to addresses outside the store (team invitations), queued in the caller's transaction. */
    public IndividualMail mail() {
        return mail.service();
    }

    /** The local outbox staff read when no SMTP server is configured. */
    public org.hearth.datastore.mail.MailOutbox outbox() {
        return mail.outbox();
    }

    /** Counts consented reads for billing in the access log's group commit (composed once at start). */
    public void meterReadsWith(ReadMeter meter) {
        hotLog.meterWith(meter);
    }

    /** The module's background work, in start order: the platform starts them after wiring and closes them in reverse. */
    public List<Worker> workers() {
        return workers;
    }

    public PasswordLogin passwordLogin() {
        return accounts::login;
    }

    public PersonalTokenVerifier tokenVerifier() {
        return tokens::verify;
    }

    /** True while the individual's account exists and is not erased (sessions end at once when it stops being so). */
    public boolean isActive(UUID individualId) {
        return accounts.isActive(individualId);
    }

    /** The language individuals chose for their pages (the app composes it with the other kinds' for the page guards). */
    public AccountLanguages languages() {
        return languages;
    }

    /** Signs in (or, the first time, signs up) with an external OpenID Connect identity. */
    public Actor loginWithOidc(String issuer, String subject, String email) {
        return accounts.loginWithOidc(issuer, subject, email);
    }

    /** Adds what another module deletes at every erasure; composed once at start. */
    public void addErasureStep(ErasureStep step) {
        accounts.addErasureStep(step);
    }

    /** Notices to individuals, shown on their dashboard (reporting's breach register sends them). */
    public IndividualNotices notices() {
        return notices;
    }

    /** Agreements by the request they were accepted under: a pilot's participants, and their end with it. */
    public RequestAgreements requestAgreements() {
        return new org.hearth.datastore.agreements.RequestEndings(db, clock, mail.service());
    }

    /**
     * The smallest group an aggregate-only request's organisation may ask about, as the review
     * page states it (the charter's; the platform sets it once at start, before serving).
     */
    public void showMinimumCohort(int minimum) {
        if (minimum < 2) {
            throw new IllegalArgumentException("A minimum cohort is at least 2 people");
        }
        minimumCohort.set(minimum);
    }

    /** Pilots' cohorts, decrypted inside the platform, and their access-log inclusions: for reporting's aggregate engine. */
    public PilotCohorts cohorts() {
        return cohorts;
    }

    /** The organisation's side of agreements, for the tenants module. */
    public TenantAgreements tenantAgreements() {
        return tenantAgreements;
    }

    /**
     * The signed-in individual's own data, decrypted, for their access report (Article 15): the
     * same reads their own pages make, so nothing is logged as an access by someone else.
     */
    public OwnData ownData(Actor individual) {
        List<Record> all = new java.util.ArrayList<>();
        for (java.util.UUID after = null; ; ) {
            List<Record> page = records.list(individual, null, null, after, 200);
            all.addAll(page);
            if (page.size() < 200) {
                break;
            }
            after = page.getLast().id();
        }
        List<OwnData.Access> accesses = accessLog.list(individual, null, 1000).stream()
                .map(e -> new OwnData.Access(e.occurredAt(), e.actorKind(), e.actorId(), e.action(), e.categories(), e.reason())).toList();
        return new OwnData(all, agreements.list(individual), accesses);
    }

    /** Re-wraps every data key under the current master key (the {@code rotate-master-key} command). */
    public KeyRotation rewrapDataKeys() {
        return keys.rewrapAll();
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new AccountRoutes(accounts), new TokenRoutes(tokens), new RecordRoutes(records), new org.hearth.datastore.schemas.SchemaRoutes(records.schemas()), new AccessLogRoutes(accessLog),
                new AgreementRoutes(agreements, clock), new org.hearth.datastore.notices.NoticeRoutes(notices),
                new EmergencyAccessRoutes(new EmergencyAccess(db, accessLog, records, accounts::isActive)),
                new PortabilityRoutes(exports.service(), exports.moveIn(), accounts));
    }

    public List<Consumer<Router>> pages(Security security) {
        return Pages.all(security, accounts, tokens, records, accessLog, maxAttachmentBytes, agreements, clock, notices, minimumCohort::get, mail, exports.jobs(), exports.imports(), exports.moveIn());
    }
}
