package org.hearth.datastore.portability;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * An upload kept on disk while it is checked, so that its size costs disk, not heap. An archive
 * is a whole personal data store in clear, so it is never written in clear: it is sealed in
 * 64 KiB segments with AES-256-GCM under a random key that lives only in this object (lose the
 * object and the file is noise). Each segment's nonce is its number and its header says whether
 * it is the last, under the tag, so segments cannot be reordered, dropped or cut short unseen.
 * The file is owner-only, in an owner-only folder, and {@link #close()} deletes it.
 */
final class UploadSpool implements AutoCloseable {

    private static final int SEGMENT = 64 * 1024;
    private static final int TAG_BITS = 128;
    private static final int LAST = 0x8000_0000;

    private final Path file;
    private final SecretKey key;
    private final OutputStream out;
    private final byte[] pending = new byte[SEGMENT];
    private final byte[] sealed = new byte[SEGMENT + TAG_BITS / 8];
    private int filled;
    private long segments;
    private long size;
    private boolean finished;

    private UploadSpool(Path file, SecretKey key, OutputStream out) {
        this.file = file;
        this.key = key;
        this.out = out;
    }

    /** A new, empty spool file in {@code folder} (created owner-only if missing). */
    static UploadSpool create(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Path file = Files.createTempFile(folder, "upload-", ".sealed",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return new UploadSpool(file, generator.generateKey(), new java.io.BufferedOutputStream(Files.newOutputStream(file), SEGMENT + 64));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many bytes were written. */
    long size() {
        return size;
    }

    void write(byte[] bytes) {
        write(io.vertx.core.buffer.Buffer.buffer(bytes));
    }

    /** Copies {@code chunk} straight into the pending segment: no copy of the chunk is made on the way. */
    void write(io.vertx.core.buffer.Buffer chunk) {
        int offset = 0;
        while (offset < chunk.length()) {
            int n = Math.min(SEGMENT - filled, chunk.length() - offset);
            chunk.getBytes(offset, offset + n, pending, filled);
            filled += n;
            offset += n;
            if (filled == SEGMENT) {
                seal(false);
            }
        }
        size += chunk.length();
    }

    /** Seals the last segment; after this the spool can be read, as often as needed. */
    void finish() {
        seal(true);
        finished = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plaintext again, checked segment by segment as it is read. */
    InputStream open() {
        if (!finished) {
            throw new IllegalStateException("the upload is not finished");
        }
        try {
            return new Reader(new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), SEGMENT + 64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void seal(boolean last) {
        try {
            int header = filled | (last ? LAST : 0);
            int length = cipher(Cipher.ENCRYPT_MODE, segments++, header).doFinal(pending, 0, filled, sealed, 0);
            out.write(ByteBuffer.allocate(4).putInt(header).array());
            out.write(sealed, 0, length);
            filled = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cipher cipher(int mode, long segment, int header) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, ByteBuffer.allocate(12).putInt(0).putLong(segment).array()));
        cipher.updateAAD(ByteBuffer.allocate(4).putInt(header).array());
        return cipher;
    }

    /** Decrypts one segment at a time; a segment that does not authenticate, or a missing end, is an IOException. */
    private final class Reader extends InputStream {
        private final DataInputStream in;
        private byte[] plain = new byte[0];
        private int position;
        private long segment;
        private boolean last;

        Reader(DataInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (position == plain.length) {
                if (last) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, plain.length - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        private void next() throws IOException {
            int header;
            try {
                header = in.readInt();
            } catch (EOFException e) {
                throw new IOException("the spooled upload ends before its last segment");
            }
            int length = header & ~LAST;
            if (length > SEGMENT) {
                throw new IOException("a spooled segment is longer than a segment");
            }
            byte[] segmentBytes = new byte[length + TAG_BITS / 8];
            in.readFully(segmentBytes);
            try {
                plain = cipher(Cipher.DECRYPT_MODE, segment++, header).doFinal(segmentBytes);
            } catch (GeneralSecurityException e) {
                throw new IOException("a spooled segment failed its integrity check", e);
            }
            position = 0;
            last = (header & LAST) != 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
