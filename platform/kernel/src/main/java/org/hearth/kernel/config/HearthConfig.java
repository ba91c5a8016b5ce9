package org.hearth.kernel.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the platform reads from its environment, read once at start and passed down.
 * Secrets are optional here: when absent on an embedded run they are generated and kept in
 * the data directory (see {@code KeyMaterial}).
 */
public record HearthConfig(
        String httpHost,
        int httpPort,
        int httpInstances,
        String publicBaseUrl,
        Path dataDir,
        Optional<ExternalDatabase> externalDatabase,
        int dbPoolSize,
        int embeddedSharedBuffersMb,
        Optional<Path> charterPath,
        Optional<String> masterKey,
        Optional<String> retiredMasterKeys,
        Optional<String> lookupKey,
        Optional<String> jwtSigningKey,
        Duration accessTokenTtl,
        long maxBodyBytes,
        long maxRecordBytes,
        long maxAttachmentBytes,
        long maxArchiveBytes,
        boolean secureCookies,
        Duration outboxPollInterval,
        Optional<OidcProvider> oidc,
        Duration webhookRetryBase,
        java.util.Map<String, Double> tenantRateLimits,
        Optional<String> dbRole,
        boolean webhookPrivateTargets,
        Duration loginLock,
        Duration idempotencyTtl,
        Optional<String> metricsToken,
        Duration shutdownGrace,
        BillingConfig billing,
        Optional<String> dataProtectionOfficer,
        MailConfig mail,
        java.util.List<String> trustedHearths) {

    /** An external OpenID Connect provider individuals may sign in with (e.g. FranceConnect). */
    public record OidcProvider(String issuer, String clientId, String clientSecret, String label) {
        @Override
        public String toString() {
            return "OidcProvider[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=***]";
        }
    }

    /** Connection settings for a PostgreSQL server run by someone else. */
    public record ExternalDatabase(String url, String user, String password) {
        @Override
        public String toString() {
            return "ExternalDatabase[url=" + url + ", user=" + user + ", password=***]";
        }
    }

    /** The same configuration listening elsewhere (administrative commands use a random local port). */
    public HearthConfig withHttp(String host, int port, int instances) {
        return new HearthConfig(host, port, instances, publicBaseUrl, dataDir, externalDatabase, dbPoolSize, embeddedSharedBuffersMb, charterPath, masterKey,
                retiredMasterKeys, lookupKey, jwtSigningKey, accessTokenTtl, maxBodyBytes, maxRecordBytes, maxAttachmentBytes,
                maxArchiveBytes, secureCookies, outboxPollInterval, oidc, webhookRetryBase, tenantRateLimits, dbRole,
                webhookPrivateTargets, loginLock, idempotencyTtl, metricsToken, shutdownGrace, billing, dataProtectionOfficer, mail, trustedHearths);
    }

    public Path secretsDir() {
        return dataDir.resolve("secrets");
    }

    /** Secrets never reach a log line through this record. */
    @Override
    public String toString() {
        return "HearthConfig[http=" + httpHost + ":" + httpPort + ", publicBaseUrl=" + publicBaseUrl
                + ", dataDir=" + dataDir + ", database=" + externalDatabase.map(ExternalDatabase::toString).orElse("embedded")
                + ", pool=" + dbPoolSize + "]";
    }
}
