package org.hearth.datastore;

import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.datastore.agreements.AgreementRoutes;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.datastore.agreements.DataRequestDirectory;
import org.hearth.datastore.accesslog.AccessLogRoutes;
import org.hearth.datastore.accesslog.EmergencyAccess;
import org.hearth.datastore.accesslog.EmergencyAccessRoutes;
import org.hearth.datastore.accounts.AccountRoutes;
import org.hearth.datastore.accounts.AccountService;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.datastore.pages.Pages;
import org.hearth.datastore.portability.ExportService;
import org.hearth.datastore.portability.ImportService;
import org.hearth.datastore.portability.PortabilityRoutes;
import org.hearth.datastore.records.RecordRoutes;
import org.hearth.datastore.records.RecordService;
import org.hearth.datastore.tokens.TokenRoutes;
import org.hearth.datastore.tokens.TokenService;
import org.hearth.kernel.crypto.KeyMaterial;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.login.LoginThrottle;
import org.hearth.kernel.db.Db;
import org.hearth.web.api.ApiRoutes;
import org.hearth.kernel.login.PasswordLogin;
import org.hearth.kernel.login.PersonalTokenVerifier;
import org.hearth.web.security.Security;
import org.hearth.kernel.crypto.SigningKeys;

/** The datastore module's services, composed once by the application. */
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
    private final long maxArchiveBytes;
    private final java.nio.file.Path uploadDir;
    private final AgreementService agreements;
    private final Clock clock;

    private DatastoreModule(Db db, DataKeys keys, AccountService accounts, TokenService tokens, RecordService records, AccessLog accessLog,
                            Limits limits, AgreementService agreements, Clock clock) {
        this.maxAttachmentBytes = limits.maxAttachmentBytes();
        this.maxArchiveBytes = limits.maxArchiveBytes();
        this.uploadDir = limits.uploadDir();
        this.agreements = agreements;
        this.clock = clock;
        this.db = db;
        this.keys = keys;
        this.accounts = accounts;
        this.tokens = tokens;
        this.records = records;
        this.accessLog = accessLog;
    }

    public static DatastoreModule create(Db db, KeyMaterial keyMaterial, PasswordHasher hasher, LoginThrottle throttle, Clock clock, Limits limits,
                                         DataRequestDirectory requests, SigningKeys signer) {
        DataKeys keys = new DataKeys(db, keyMaterial.masterKeys());
        RecordService records = new RecordService(db, keys, limits.maxRecordBytes(), limits.maxAttachmentBytes());
        AccessLog log = new AccessLog(db, keyMaterial.lookupKey(), keys);
        AgreementService agreements = new AgreementService(db, requests, keyMaterial.lookupKey(), signer, log, records, clock);
        AccountService accounts = new AccountService(db, keyMaterial.lookupKey(), hasher, throttle, keys, agreements);
        return new DatastoreModule(db, keys, accounts, new TokenService(db, clock, keys), records, log, limits, agreements, clock);
    }

    public PasswordLogin passwordLogin() {
        return accounts;
    }

    public PersonalTokenVerifier tokenVerifier() {
        return tokens;
    }

    public AccountService accounts() {
        return accounts;
    }

    public RecordService records() {
        return records;
    }

    public AccessLog accessLog() {
        return accessLog;
    }

    public AgreementService agreements() {
        return agreements;
    }

    public DataKeys dataKeys() {
        return keys;
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new AccountRoutes(accounts), new TokenRoutes(tokens), new RecordRoutes(records), new AccessLogRoutes(accessLog),
                new AgreementRoutes(agreements, clock),
                new EmergencyAccessRoutes(new EmergencyAccess(db, accessLog, records, accounts::isActive)),
                new PortabilityRoutes(new ExportService(db, records, accessLog), new ImportService(db, accounts, records, maxArchiveBytes, maxArchiveBytes), accounts,
                        uploadDir, maxArchiveBytes, IMPORTS_AT_ONCE, IMPORTS_PER_ADDRESS));
    }

    public List<Consumer<Router>> pages(Security security) {
        return Pages.all(security, accounts, tokens, records, accessLog, maxAttachmentBytes, agreements, clock);
    }
}
