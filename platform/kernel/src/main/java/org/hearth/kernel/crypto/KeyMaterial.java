package org.hearth.kernel.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
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

    private final MasterKey masterKey;
    private final LookupKey lookupKey;
    private final String jwtSigningJwk;

    private KeyMaterial(MasterKey masterKey, LookupKey lookupKey, String jwtSigningJwk) {
        this.masterKey = masterKey;
        this.lookupKey = lookupKey;
        this.jwtSigningJwk = jwtSigningJwk;
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
        return new KeyMaterial(master, lookup, jwk);
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
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            setOwnerOnly(temp, "rw-------");
            Files.writeString(temp, value, StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Generated a new secret in {} (owner-only); back it up with the database", file);
            return value;
        } catch (IOException e) {
            throw new ConfigException("Cannot read or create the secret " + file + ": " + e.getMessage());
        }
    }

    private static void setOwnerOnly(Path path, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException e) {
            LOG.warn("This file system has no POSIX permissions; protect {} by other means", path);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public MasterKey masterKey() {
        return masterKey;
    }

    public LookupKey lookupKey() {
        return lookupKey;
    }

    public String jwtSigningJwk() {
        return jwtSigningJwk;
    }
}
