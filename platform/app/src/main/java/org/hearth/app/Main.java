package org.hearth.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import org.hearth.governance.charter.CharterException;
import org.hearth.kernel.config.ConfigException;
import org.hearth.kernel.config.ConfigLoader;
import org.hearth.kernel.config.HearthConfig;
import org.hearth.kernel.db.DataDirectoryInUseException;
import org.hearth.kernel.db.Database;
import org.hearth.kernel.error.HearthException;
import org.hearth.tenants.clients.ClientCredentials;
import org.hearth.web.metrics.Observability;

/**
 * The command line. {@code serve} (the default) runs the platform; the other commands do one
 * administrative job against the same configuration and exit.
 */
public final class Main {

    private static final String USAGE = """
            Usage: hearth [command]
              serve                          run the platform (default)
              migrate                        apply database migrations and exit
              add-staff EMAIL ROLE[,ROLE]    create or update a staff member (roles: operator, board);
                                             the password is read from HEARTH_STAFF_PASSWORD or standard input
              add-tenant NAME KIND           register an organisation (kind: company, nonprofit, public_body)
                                             and print its first OAuth client id and secret
              rotate-master-key              re-wrap every data key under the current master key (with generated
                                             secrets, first make a new one); records are not re-encrypted
              help                           show this text
            Configuration is read from HEARTH_* environment variables; see README.md.""";

    /** Held so the configured level is not lost when the logger is garbage-collected. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    private Main() {
    }

    public static void main(String[] args) {
        quietLibraries();
        String command = args.length == 0 ? "serve" : args[0];
        boolean serving = false;
        try {
            switch (command) {
                case "serve" -> {
                    serve(ConfigLoader.fromEnvironment());
                    serving = true;
                }
                case "migrate" -> migrate(ConfigLoader.fromEnvironment());
                case "add-staff" -> addStaff(ConfigLoader.fromEnvironment(), Arrays.copyOfRange(args, 1, args.length));
                case "add-tenant" -> addTenant(ConfigLoader.fromEnvironment(), Arrays.copyOfRange(args, 1, args.length));
                case "rotate-master-key" -> System.out.println(MasterKeyRotation.rotate(ConfigLoader.fromEnvironment()));
                case "help", "--help", "-h" -> System.out.println(USAGE);
                default -> fail("unknown command '" + command + "'\n" + USAGE);
            }
        } catch (ConfigException | CharterException | DataDirectoryInUseException | HearthException e) {
            fail(e.getMessage());
        } catch (CompletionException | IllegalStateException e) {
            fail(rootMessage(e));
        } finally {
            if (!serving) {
                Logs.flush();  // a served platform flushes in its shutdown hook, after it has stopped
            }
        }
    }

    private static void serve(HearthConfig config) {
        Platform platform = Platform.start(config);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            try {
                platform.close();
            } finally {
                Logs.flush();
            }
        }));
        String host = config.httpHost().contains(":") ? "[" + config.httpHost() + "]" : config.httpHost();
        System.out.println("Hearth is listening on http://" + host + ":" + platform.port() + " (public URL " + config.publicBaseUrl() + "); "
                + platform.databaseDescription() + ". Stop with Ctrl-C.");
    }

    private static void migrate(HearthConfig config) {
        try (Database database = Database.open(config, Observability.newRegistry(), true)) {
            System.out.println("Migrations applied to the " + database.description() + ".");
        }
    }

    private static void addStaff(HearthConfig config, String[] args) {
        if (args.length != 2) {
            fail("add-staff needs EMAIL and ROLE[,ROLE]\n" + USAGE);
        }
        Set<String> roles = new LinkedHashSet<>(Arrays.asList(args[1].split(",")));
        String password = System.getenv("HEARTH_STAFF_PASSWORD");
        if (password == null || password.isBlank()) {
            System.err.print("Password for " + args[0] + ": ");
            password = readLine();
        }
        try (Platform platform = Platform.wire(config)) {
            platform.modules().staff().add(args[0], password, roles);
            System.out.println("Staff member " + args[0] + " has roles " + roles + ".");
        }
    }

    private static void addTenant(HearthConfig config, String[] args) {
        if (args.length != 2) {
            fail("add-tenant needs NAME and KIND\n" + USAGE);
        }
        try (Platform platform = Platform.wire(config)) {
            ClientCredentials credentials = platform.modules().tenants().clients().createTenantWithClient(args[0], args[1]);
            System.out.println("tenant_id=" + credentials.tenantId());
            System.out.println("client_id=" + credentials.clientId());
            System.out.println("client_secret=" + credentials.clientSecret());
        }
    }

    private static String readLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        System.setProperty("liquibase.showSummaryOutput", "LOG");
        System.setProperty("liquibase.showBanner", "false");
    }

    private static void fail(String message) {
        System.err.println("hearth: " + message);
        Logs.flush();
        System.exit(2);
    }
}
