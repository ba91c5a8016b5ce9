package org.hearth.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hearth.kernel.testing.TestDatabase;
import org.hearth.schema.generated.DefaultCatalog;
import org.jooq.Table;

/**
 * Looks for a marker where someone on the same machine would look: every column of every row,
 * every file of the PostgreSQL data directory (after a checkpoint, so heap pages and the WAL are
 * on disk), and what the server wrote to standard output and error.
 */
final class Plaintext {

    private Plaintext() {
    }

    /** Table names whose rows hold the marker (case-insensitive), after checking that rows were read at all. */
    static List<String> tablesContaining(String marker) {
        List<String> found = new ArrayList<>();
        String lower = marker.toLowerCase(Locale.ROOT);
        for (var schema : DefaultCatalog.DEFAULT_CATALOG.getSchemas()) {
            for (Table<?> table : schema.getTables()) {
                    if (table.getTableType() != org.jooq.TableOptions.TableType.TABLE) {
                        continue;  // a table-valued function, such as tenants.check_tenant
                    }
                for (var row : TestDatabase.get().db().read("test.scan", dsl -> dsl.selectFrom(table).fetch())) {
                    for (Object value : row.intoArray()) {
                        String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
                        if (text.toLowerCase(Locale.ROOT).contains(lower)) {
                            found.add(schema.getName() + "." + table.getName());
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The data directory of the tests' PostgreSQL, when it runs on this machine (the embedded one does). */
    static Path dataDirectory() {
        String dir = TestDatabase.get().db().read("test.data_directory", dsl -> dsl.fetchValue(org.jooq.impl.DSL.field("current_setting('data_directory')", String.class)));
        return Path.of(dir);
    }

    /**
     * Files under the data directory whose bytes hold the marker, as typed or in lower case.
     * A checkpoint first writes every dirty page to the heap files and the WAL up to it.
     */
    static List<String> filesContaining(Path dataDir, String marker) {
        TestDatabase.get().db().read("test.checkpoint", dsl -> dsl.execute("CHECKPOINT"));
        byte[][] needles = {marker.getBytes(StandardCharsets.UTF_8), marker.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)};
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                if (contains(file, needles)) {
                    found.add(dataDir.relativize(file).toString());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** How many bytes of WAL the data directory holds: a scan that read nothing proves nothing. */
    static long walBytes(Path dataDir) {
        try (Stream<Path> files = Files.list(dataDir.resolve("pg_wal"))) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, byte[][] needles) {
        int longest = needles[0].length;
        byte[] buffer = new byte[1 << 20];
        int carried = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer, carried, buffer.length - carried)) > 0) {
                int end = carried + read;
                for (byte[] needle : needles) {
                    if (indexOf(buffer, end, needle) >= 0) {
                        return true;
                    }
                }
                // Keep the tail, so a marker split across two reads is still found.
                carried = Math.min(longest - 1, end);
                System.arraycopy(buffer, end - carried, buffer, 0, carried);
            }
            return false;
        } catch (java.nio.file.NoSuchFileException gone) {
            return false; // PostgreSQL removed it (a recycled WAL segment, a temporary file) while we walked
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static int indexOf(byte[] haystack, int end, byte[] needle) {
        byte first = needle[0];
        for (int i = 0, last = end - needle.length; i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            int j = 1;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }

    /** Standard output and error, captured while it is open (slf4j-simple writes the server's log there). */
    static final class Logs implements AutoCloseable {

        private final PrintStream originalErr = System.err;
        private final PrintStream originalOut = System.out;
        private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

        Logs() {
            PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
            System.setErr(tee);
            System.setOut(tee);
        }

        String text() {
            return captured.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            System.setErr(originalErr);
            System.setOut(originalOut);
            originalErr.print(text());
        }
    }
}
