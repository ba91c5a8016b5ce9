package org.hearth.datastore.portability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadSpoolTest {

    @TempDir
    Path temp;

    private static byte[] content(int size) {
        byte[] bytes = new byte[size];
        byte[] text = "Ada Lovelace, 12 St James's Square ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i++) {
            bytes[i] = text[i % text.length];
        }
        return bytes;
    }

    private static byte[] readAll(UploadSpool spool) throws IOException {
        try (InputStream in = spool.open()) {
            return in.readAllBytes();
        }
    }

    private Path only(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size());
            return all.getFirst();
        }
    }

    @Test
    void whatIsWrittenReadsBackAcrossSegmentsAndIsNotOnDiskInClear() throws IOException {
        Path folder = temp.resolve("uploads");
        for (int size : new int[] {0, 1, 64 * 1024, 64 * 1024 + 1, 300_000}) {
            byte[] original = content(size);
            try (UploadSpool spool = UploadSpool.create(folder)) {
                spool.write(Arrays.copyOfRange(original, 0, size / 3));
                spool.write(Arrays.copyOfRange(original, size / 3, size));
                spool.finish();
                assertEquals(size, spool.size());
                assertArrayEquals(original, readAll(spool));
                assertArrayEquals(original, readAll(spool), "it can be read again");
                Path file = only(folder);
                assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("Lovelace"));
            }
            try (var files = Files.list(folder)) {
                assertEquals(0, files.count(), "closing deletes the file");
            }
        }
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(folder));
    }

    @Test
    void anAlteredOrShortenedFileFailsToRead() throws IOException {
        try (UploadSpool spool = UploadSpool.create(temp)) {
            spool.write(content(200_000));
            spool.finish();
            Path file = only(temp);
            byte[] sealed = Files.readAllBytes(file);
            byte[] altered = sealed.clone();
            altered[100] ^= 1;
            Files.write(file, altered);
            assertThrows(IOException.class, () -> readAll(spool));
            Files.write(file, Arrays.copyOf(sealed, sealed.length - 30_000));
            assertThrows(IOException.class, () -> readAll(spool));
            Files.write(file, Arrays.copyOf(sealed, 4 + 64 * 1024 + 16));
            assertThrows(IOException.class, () -> readAll(spool), "whole segments cut off are noticed too");
            Files.write(file, sealed);
            assertTrue(readAll(spool).length == 200_000);
        }
    }
}
