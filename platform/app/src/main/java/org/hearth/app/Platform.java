package org.hearth.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.openapi.contract.OpenAPIContract;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.hearth.datastore.DatastoreModule;
import org.hearth.governance.GovernanceModule;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.CharterParser;
import org.hearth.kernel.config.HearthConfig;
import org.hearth.kernel.crypto.KeyMaterial;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Database;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.outbox.OutboxDispatcher;
import org.hearth.reporting.ReportingModule;
import org.hearth.tenants.TenantsModule;
import org.hearth.tenants.clients.MemberAccounts;
import org.hearth.tenants.requests.DataRequestService;
import org.hearth.kernel.actor.Actor;
import org.hearth.web.WebApp;
import org.hearth.web.WebServer;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ContractLoader;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.metrics.Observability;
import org.hearth.web.security.AccessTokens;
import org.hearth.web.security.LoginThrottle;
import org.hearth.web.security.Security;
import org.hearth.web.security.SigningKeys;
import org.hearth.web.staff.StaffAccounts;
import org.hearth.web.staff.StaffPages;

/** One running Hearth: every module composed by hand, in dependency order, and closed in reverse. */
public final class Platform implements AutoCloseable {

    private final Vertx vertx;
    private final Database database;
    private final OutboxDispatcher dispatcher;
    private final WebServer server;
    private final Modules modules;

    /** The services tests and commands reach for. */
    public record Modules(DatastoreModule datastore, TenantsModule tenants, StaffAccounts staff, Charter charter) {
    }

    private Platform(Vertx vertx, Database database, OutboxDispatcher dispatcher, WebServer server, Modules modules) {
        this.vertx = vertx;
        this.database = database;
        this.dispatcher = dispatcher;
        this.server = server;
        this.modules = modules;
    }

    public static Platform start(HearthConfig config) {
        CharterSource source = CharterSource.resolve(config.charterPath());
        Charter charter = CharterParser.parse(source.text(), source.name());
        PrometheusMeterRegistry registry = Observability.newRegistry();
        Vertx vertx = Observability.vertx(registry);
        Database database = null;
        try {
            database = Database.open(config, registry, true);
            Db db = database.db();
            KeyMaterial keys = KeyMaterial.load(config, SigningKeys::generateJwk);
            SigningKeys signingKeys = SigningKeys.fromJwk(keys.jwtSigningJwk());
            AccessTokens accessTokens = new AccessTokens(signingKeys, config.publicBaseUrl(), config.accessTokenTtl(), Clock.systemUTC());
            PasswordHasher hasher = PasswordHasher.owaspDefaults();
            LoginThrottle throttle = new LoginThrottle(db, Clock.systemUTC(), config.loginLock(), registry);
            DataRequestService dataRequests = TenantsModule.dataRequests(db);
            DatastoreModule datastore = DatastoreModule.create(db, keys, hasher, throttle, Clock.systemUTC(),
                    new DatastoreModule.Limits(config.maxRecordBytes(), config.maxAttachmentBytes(), config.maxArchiveBytes(),
                            config.dataDir().resolve("uploads")),
                    dataRequests, signingKeys);
            StaffAccounts staff = new StaffAccounts(db, hasher, keys.lookupKey(), throttle);
            MemberAccounts members = new MemberAccounts(db, hasher, keys.lookupKey(), throttle);
            Security security = Security.create(vertx, datastore.passwordLogin(), staff, members, datastore.tokenVerifier(), accessTokens,
                    config.secureCookies(), caller -> switch (caller.kind()) {
                        case INDIVIDUAL -> datastore.accounts().isActive(caller.id());
                        case STAFF -> staff.stillValid(caller);
                        case TENANT -> members.stillValid(caller);
                        case SYSTEM -> false;
                    },
                    config.oidc().map(p -> new Security.Oidc(p, config.publicBaseUrl(), datastore.accounts()::loginWithOidc)));
            TenantsModule tenants = TenantsModule.create(db, accessTokens, keys.masterKeys(), hasher, dataRequests, datastore.agreements(),
                    config.publicBaseUrl(), Clock.systemUTC(), config.webhookRetryBase(), config.outboxPollInterval(),
                    config.tenantRateLimits(), config.webhookPrivateTargets(), keys.lookupKey(), config.idempotencyTtl());
            datastore.accounts().addErasureStep(tenants.deliveries().erasureStep());
            GovernanceModule governance = GovernanceModule.create(db, charter, source.text());
            ReportingModule reporting = ReportingModule.create(db);

            List<ApiRoutes> routes = new ArrayList<>();
            routes.addAll(datastore.apiRoutes());
            routes.addAll(tenants.apiRoutes());
            routes.addAll(governance.apiRoutes());
            routes.addAll(reporting.apiRoutes());
            ApiOperations operations = new ApiOperations();
            routes.forEach(r -> r.register(operations));
            List<Consumer<Router>> pages = new ArrayList<>(datastore.pages(security));
            pages.add(new StaffPages(security)::mount);
            pages.add(tenants.console(security));
            pages.add(governance.pages(security));

            String contractText = ContractLoader.text("/openapi.yaml");
            OpenAPIContract contract = await(ContractLoader.contract(vertx, contractText));
            Router router = WebApp.router(vertx, new WebApp.Parts(db, registry, security, signingKeys, contract, contractText,
                    operations, pages, config.maxBodyBytes(),
                    java.util.Map.of("attachment", config.maxAttachmentBytes(), "archive", config.maxArchiveBytes()), keys.metricsToken(),
                    config.publicBaseUrl().startsWith("https://")));
            WebServer server = WebServer.start(vertx, router, config.httpHost(), config.httpPort(), config.httpInstances());
            OutboxDispatcher dispatcher = new OutboxDispatcher(db, vertx, config.outboxPollInterval(), registry);
            dispatcher.start();
            datastore.agreements().startExpirySweep();
            tenants.workers().forEach(org.hearth.kernel.work.Worker::start);
            return new Platform(vertx, database, dispatcher, server, new Modules(datastore, tenants, staff, charter));
        } catch (RuntimeException e) {
            vertx.close();
            if (database != null) {
                database.close();
            }
            throw e;
        }
    }

    static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    public int port() {
        return server.port();
    }

    public Vertx vertx() {
        return vertx;
    }

    public Db db() {
        return database.db();
    }

    public Modules modules() {
        return modules;
    }

    public String databaseDescription() {
        return database.description();
    }

    @Override
    public void close() {
        modules.tenants().workers().reversed().forEach(org.hearth.kernel.work.Worker::close);
        dispatcher.close();
        try {
            server.stop();
            modules.datastore().agreements().close();
        } finally {
            await(vertx.close());
            database.close();
        }
    }
}
