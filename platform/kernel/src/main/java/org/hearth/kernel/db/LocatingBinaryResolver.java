package org.hearth.kernel.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * zonky's binary resolver, remembering where zonky unpacks what it returns: zonky names the
 * folder after the MD5 of the archive ({@code <working dir>/PG-<md5>}) and keeps it private, and
 * we need its {@code postgres} to set the password before the server starts. One instance per
 * working directory: zonky caches the unpacked folder by resolver, whatever the directory.
 */
final class LocatingBinaryResolver implements PgBinaryResolver {

    private volatile String digest;

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            archive = in.readAllBytes();
        }
        try {
            digest = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new ByteArrayInputStream(archive);
    }

    /** The {@code postgres} executable zonky runs; known once zonky has prepared its binaries. */
    Path postgresBinary(Path workingDirectory) {
        if (digest == null) {
            throw new IllegalStateException("The embedded PostgreSQL binaries have not been prepared");
        }
        return workingDirectory.resolve("PG-" + digest).resolve("bin").resolve("postgres");
    }
}
