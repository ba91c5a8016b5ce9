package org.hearth.kernel.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hearth.kernel.config.ConfigException;
import org.hearth.kernel.config.HearthConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's long-lived secrets. Each comes from configuration when set; otherwise it is read
 * from the data directory's {@code secrets/} folder, and made there on first run with
 * owner-only permissions. Operators of a real deployment set them from their secret store.
 */
public final class KeyMaterial {

    private static final Logger LOG = LoggerFactory.getLogger(KeyMaterial.class);

    private final MasterKeyRing masterKeys;
    private final LookupKey lookupKey;
    private final String jwtSigningJwk;
    private final String metricsToken;

    private KeyMaterial(MasterKeyRing masterKeys, LookupKey lookupKey, String jwtSigningJwk, String metricsToken) {
        this.masterKeys = masterKeys;
        this.lookupKey = lookupKey;
        this.jwtSigningJwk = jwtSigningJwk;
        this.metricsToken = metricsToken;
    }

    /**
     * @param jwkGenerator makes a new private signing JWK (JSON) when none is configured; the
     *                     web layer owns the JOSE library, so it supplies this.
     */
    public static KeyMaterial load(HearthConfig config, Supplier<String> jwkGenerator) {
        Path dir = config.secretsDir();
        MasterKey master = MasterKey.fromBase64("HEARTH_MASTER_KEY",
                secret(config.masterKey(), dir.resolve("master.key"), () -> b64(Tokens.randomBytes(32))));
        LookupKey lookup = LookupKey.fromBase64("HEARTH_LOOKUP_KEY",
                secret(config.lookupKey(), dir.resolve("lookup.key"), () -> b64(Tokens.randomBytes(32))));
        String jwk = secret(config.jwtSigningKey(), dir.resolve("jwt-signing.jwk.json"), jwkGenerator);
        String metrics = secret(config.metricsToken(), dir.resolve("metrics.token"),
                () -> Base64.getUrlEncoder().withoutPadding().encodeToString(Tokens.randomBytes(32)));
        return new KeyMaterial(new MasterKeyRing(master, retired(config)), lookup, jwk, metrics);
    }

    /** Retired master keys: from HEARTH_RETIRED_MASTER_KEYS, else one per line of secrets/retired-master-keys. */
    private static List<MasterKey> retired(HearthConfig config) {
        String value = config.retiredMasterKeys().orElse(null);
        Path file = retiredKeysFile(config);
        if (value == null && Files.exists(file)) {
            try {
                value = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
            }
        }
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank())
                .map(s -> MasterKey.fromBase64("HEARTH_RETIRED_MASTER_KEYS", s)).toList();
    }

    /**
     * The embedded PostgreSQL superuser's password: {@code secrets/postgres.password}, made on
     * first use (32 random bytes, URL-safe base64, so it needs no quoting in SQL).
     */
    public static String databasePassword(HearthConfig config) {
        return secret(Optional.empty(), config.secretsDir().resolve("postgres.password"),
                () -> Base64.getUrlEncoder().withoutPadding().encodeToString(Tokens.randomBytes(32)));
    }

    /**
     * The password the pool's own login role (the application role) uses on the embedded
     * PostgreSQL, generated once in secrets/ (owner-only).
     */
    public static String applicationDatabasePassword(HearthConfig config) {
        return secret(Optional.empty(), config.secretsDir().resolve("postgres-app.password"),
                () -> Base64.getUrlEncoder().withoutPadding().encodeToString(Tokens.randomBytes(32)));
    }

    public static Path masterKeyFile(HearthConfig config) {
        return config.secretsDir().resolve("master.key");
    }

    public static Path retiredKeysFile(HearthConfig config) {
        return config.secretsDir().resolve("retired-master-keys");
    }

    /**
     * For rotation with generated secrets: makes a new master key file and moves the old key to
     * the retired list, so that data keys can be re-wrapped. Refused when the key is configured.
     */
    public static void generateNewMasterKeyFile(HearthConfig config) {
        if (config.masterKey().isPresent()) {
            throw new ConfigException("HEARTH_MASTER_KEY is set: put the new key there and the old one in HEARTH_RETIRED_MASTER_KEYS");
        }
        Path current = masterKeyFile(config);
        try {
            String old = Files.readString(current, StandardCharsets.UTF_8).trim();
            Path retiredFile = retiredKeysFile(config);
            String retired = Files.exists(retiredFile) ? Files.readString(retiredFile, StandardCharsets.UTF_8) : "";
            writeOwnerOnly(retiredFile, retired + old + "\n");
            writeOwnerOnly(current, b64(Tokens.randomBytes(32)));
        } catch (IOException e) {
            throw new ConfigException("Cannot rotate " + current + ": " + e.getMessage());
        }
    }

    /** Rewrites the retired-keys file with only the keys still needed (by id). */
    public static void keepRetiredKeys(HearthConfig config, java.util.Set<String> neededIds) {
        if (config.retiredMasterKeys().isPresent()) {
            return;
        }
        Path file = retiredKeysFile(config);
        List<MasterKey> keep = retired(config).stream().filter(k -> neededIds.contains(k.id())).toList();
        try {
            if (keep.isEmpty()) {
                Files.deleteIfExists(file);
            } else {
                writeOwnerOnly(file, String.join("\n", keep.stream().map(MasterKey::toBase64).toList()) + "\n");
            }
        } catch (IOException e) {
            throw new ConfigException("Cannot update " + file + ": " + e.getMessage());
        }
    }

    private static void writeOwnerOnly(Path file, String value) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        setOwnerOnly(temp, "rw-------");
        Files.writeString(temp, value, StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String secret(Optional<String> configured, Path file, Supplier<String> generator) {
        if (configured.isPresent()) {
            return configured.get();
        }
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(file.getParent());
            setOwnerOnly(file.getParent(), "rwx------");
            String value = generator.get();
            writeOwnerOnly(file, value);
            LOG.info("Generated a new secret in {} (owner-only); back it up with the database", file);
            return value;
        } catch (IOException e) {
            throw new ConfigException("Cannot read or create the secret " + file + ": " + e.getMessage());
        }
    }

    private static void setOwnerOnly(Path path, String perms) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            LOG.warn("This file system has no POSIX permissions; protect {} by other means", path);
            return;
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(perms));
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public MasterKey masterKey() {
        return masterKeys.current();
    }

    public MasterKeyRing masterKeys() {
        return masterKeys;
    }

    public LookupKey lookupKey() {
        return lookupKey;
    }

    public String jwtSigningJwk() {
        return jwtSigningJwk;
    }

    /** The bearer token a metrics scraper sends to /metrics (HEARTH_METRICS_TOKEN, else secrets/metrics.token). */
    public String metricsToken() {
        return metricsToken;
    }
}
