package org.hearth.kernel.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads {@link HearthConfig} from {@code HEARTH_*} variables, then from the optional
 * properties file named by {@code HEARTH_CONFIG} (same keys), then defaults.
 * The environment wins so that one deployment file can be overridden per host.
 */
public final class ConfigLoader {

    private final Map<String, String> env;
    private final Properties file;

    private ConfigLoader(Map<String, String> env, Properties file) {
        this.env = env;
        this.file = file;
    }

    public static HearthConfig fromEnvironment() {
        return load(System.getenv());
    }

    public static HearthConfig load(Map<String, String> env) {
        Properties file = new Properties();
        String configFile = env.get("HEARTH_CONFIG");
        if (configFile != null && !configFile.isBlank()) {
            Path path = Path.of(configFile);
            try (Reader reader = Files.newBufferedReader(path)) {
                file.load(reader);
            } catch (IOException e) {
                throw new ConfigException("HEARTH_CONFIG: cannot read " + path.toAbsolutePath() + ": " + e.getMessage());
            }
        }
        return new ConfigLoader(env, file).read();
    }

    private HearthConfig read() {
        int port = integer("HEARTH_HTTP_PORT", 8080, 0, 65535);
        String publicUrl = string("HEARTH_PUBLIC_URL").orElse("http://localhost:" + port);
        if (!publicUrl.startsWith("http://") && !publicUrl.startsWith("https://")) {
            throw new ConfigException("HEARTH_PUBLIC_URL must start with http:// or https:// (got " + publicUrl + ")");
        }
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        Optional<HearthConfig.ExternalDatabase> db = string("HEARTH_DB_URL").map(url -> {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new ConfigException("HEARTH_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db), got " + url);
            }
            return new HearthConfig.ExternalDatabase(url, string("HEARTH_DB_USER").orElse("hearth"),
                    string("HEARTH_DB_PASSWORD").orElse(""));
        });
        boolean secureDefault = publicUrl.startsWith("https://");
        return new HearthConfig(
                string("HEARTH_HTTP_HOST").orElse("127.0.0.1"),
                port,
                integer("HEARTH_HTTP_INSTANCES", 16, 1, 256),
                publicUrl,
                Path.of(string("HEARTH_DATA").orElse("data")).toAbsolutePath().normalize(),
                db,
                integer("HEARTH_DB_POOL_SIZE", 16, 1, 500),
                integer("HEARTH_DB_SHARED_BUFFERS_MB", 32, 1, 1024 * 1024),
                string("HEARTH_CHARTER").map(Path::of),
                string("HEARTH_MASTER_KEY"),
                string("HEARTH_RETIRED_MASTER_KEYS"),
                string("HEARTH_LOOKUP_KEY"),
                string("HEARTH_JWT_SIGNING_KEY"),
                duration("HEARTH_ACCESS_TOKEN_TTL", Duration.ofMinutes(15)),
                integer("HEARTH_MAX_BODY_BYTES", 1024 * 1024, 1024, Integer.MAX_VALUE),
                integer("HEARTH_MAX_RECORD_BYTES", 256 * 1024, 1024, Integer.MAX_VALUE),
                integer("HEARTH_MAX_ATTACHMENT_BYTES", 10 * 1024 * 1024, 1024, Integer.MAX_VALUE),
                integer("HEARTH_MAX_ARCHIVE_BYTES", 256 * 1024 * 1024, 1024, Integer.MAX_VALUE),
                string("HEARTH_SECURE_COOKIES").map(v -> bool("HEARTH_SECURE_COOKIES", v)).orElse(secureDefault),
                duration("HEARTH_OUTBOX_POLL_INTERVAL", Duration.ofMillis(250)),
                oidc(),
                duration("HEARTH_WEBHOOK_RETRY_BASE", Duration.ofMinutes(1)),
                java.util.Map.of(
                        "sandbox", (double) integer("HEARTH_RATE_SANDBOX", 20, 1, 1_000_000),
                        "standard", (double) integer("HEARTH_RATE_STANDARD", 200, 1, 1_000_000),
                        "enterprise", (double) integer("HEARTH_RATE_ENTERPRISE", 1000, 1, 1_000_000)),
                Optional.of(string("HEARTH_DB_ROLE").orElse("hearth_app")).filter(r -> !r.equals("none")),
                string("HEARTH_WEBHOOK_PRIVATE_TARGETS").map(v -> bool("HEARTH_WEBHOOK_PRIVATE_TARGETS", v)).orElse(false),
                duration("HEARTH_LOGIN_LOCK", Duration.ofMinutes(15)),
                duration("HEARTH_IDEMPOTENCY_TTL", Duration.ofHours(24)),
                metricsToken(),
                duration("HEARTH_SHUTDOWN_GRACE", Duration.ofSeconds(10)),
                BillingConfigReader.read(this::string),
                // Art. 30(1)(a) and 37: who the data protection officer is and how to reach them, when one is appointed
                string("HEARTH_DPO_CONTACT").map(String::strip).filter(v -> !v.isEmpty()),
                mail(),
                trustedHearths());
    }

    /**
     * {@code HEARTH_TRUSTED_HEARTHS}: the other Hearths (public addresses, comma-separated) whose
     * organisations' keys this one asks for, to check the signatures of records brought from their
     * exports; none by default.
     */
    private java.util.List<String> trustedHearths() {
        java.util.List<String> trusted = new java.util.ArrayList<>();
        for (String url : string("HEARTH_TRUSTED_HEARTHS").orElse("").split(",")) {
            String u = url.strip();
            if (u.isEmpty()) {
                continue;
            }
            if (!u.matches("https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?") && !u.matches("http://(localhost|127\\.0\\.0\\.1)(:[0-9]{1,5})?/?")) {
                // Keys fetched in clear could be swapped on the way, and forged signatures then accepted.
                throw new ConfigException("HEARTH_TRUSTED_HEARTHS must list https:// addresses like https://hearth.example (http only for localhost), "
                        + "comma-separated (got " + u + ")");
            }
            trusted.add(u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        }
        return java.util.List.copyOf(trusted);
    }

    /** {@code HEARTH_SMTP_HOST} turns SMTP on; without it mail stays in the local outbox. */
    private MailConfig mail() {
        String from = string("HEARTH_SMTP_FROM").map(String::strip).orElse("Hearth <no-reply@localhost>");
        if (from.isEmpty() || from.contains("\r") || from.contains("\n")) {
            throw new ConfigException("HEARTH_SMTP_FROM must be one line, e.g. Hearth <no-reply@example.org>");
        }
        Optional<String> host = string("HEARTH_SMTP_HOST").map(String::strip).filter(v -> !v.isEmpty());
        if (host.isEmpty()) {
            return new MailConfig(Optional.empty(), from);
        }
        String security = string("HEARTH_SMTP_SECURITY").orElse("starttls").strip().toUpperCase(java.util.Locale.ROOT);
        MailConfig.Security mode;
        try {
            mode = MailConfig.Security.valueOf(security);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("HEARTH_SMTP_SECURITY must be starttls, tls or none (got " + security.toLowerCase(java.util.Locale.ROOT) + ")");
        }
        int port = integer("HEARTH_SMTP_PORT", mode == MailConfig.Security.TLS ? 465 : 587, 1, 65535);
        return new MailConfig(Optional.of(new MailConfig.Smtp(host.get(), port, string("HEARTH_SMTP_USER"), string("HEARTH_SMTP_PASSWORD"), mode)), from);
    }

    /** A bearer token for /metrics; generated in secrets/ when not set (see KeyMaterial). */
    private Optional<String> metricsToken() {
        Optional<String> token = string("HEARTH_METRICS_TOKEN");
        if (token.isPresent() && (token.get().length() < 16 || !token.get().matches("[\\x21-\\x7e]+"))) {
            throw new ConfigException("HEARTH_METRICS_TOKEN must be 16 or more printable characters without spaces");
        }
        return token;
    }

    private Optional<HearthConfig.OidcProvider> oidc() {
        Optional<String> issuer = string("HEARTH_OIDC_ISSUER");
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        String clientId = string("HEARTH_OIDC_CLIENT_ID").orElseThrow(() -> new ConfigException("HEARTH_OIDC_ISSUER is set but HEARTH_OIDC_CLIENT_ID is not"));
        String secret = string("HEARTH_OIDC_CLIENT_SECRET").orElseThrow(() -> new ConfigException("HEARTH_OIDC_ISSUER is set but HEARTH_OIDC_CLIENT_SECRET is not"));
        return Optional.of(new HearthConfig.OidcProvider(issuer.get(), clientId, secret, string("HEARTH_OIDC_LABEL").orElse("your national identity")));
    }

    private Optional<String> string(String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            value = file.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private int integer(String name, int fallback, int min, int max) {
        return string(name).map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n < min || n > max) {
                    throw new ConfigException(name + " must be between " + min + " and " + max + " (got " + v + ")");
                }
                return n;
            } catch (NumberFormatException e) {
                throw new ConfigException(name + " must be a whole number (got " + v + ")");
            }
        }).orElse(fallback);
    }

    private Duration duration(String name, Duration fallback) {
        return string(name).map(v -> {
            try {
                Duration d = Duration.parse(v);
                if (d.isNegative() || d.isZero()) {
                    throw new ConfigException(name + " must be a positive ISO-8601 duration such as PT15M (got " + v + ")");
                }
                return d;
            } catch (DateTimeParseException e) {
                throw new ConfigException(name + " must be an ISO-8601 duration such as PT15M (got " + v + ")");
            }
        }).orElse(fallback);
    }

    private static boolean bool(String name, String value) {
        return switch (value.toLowerCase()) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigException(name + " must be true or false (got " + value + ")");
        };
    }
}
