package org.hearth.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed jOOQ classes are exactly what the changelogs generate today. */
class GeneratedCodeIsCurrentIT {

    @Test
    void regeneratingFromTheChangelogsChangesNothing(@TempDir Path temp) throws Exception {
        JooqCodegen.generate(temp);
        Path packagePath = Path.of(JooqCodegen.PACKAGE.replace('.', '/'));
        Map<String, String> fresh = read(temp.resolve(packagePath));
        Map<String, String> committed = read(Path.of("src/main/java").resolve(packagePath));
        assertFalse(fresh.isEmpty(), "the generator produced no classes");
        assertEquals(fresh.keySet(), committed.keySet(),
                "generated files differ from the committed ones; regenerate (see JooqCodegen) and commit");
        fresh.forEach((file, text) -> assertEquals(text, committed.get(file),
                file + " is stale; regenerate (see JooqCodegen) and commit"));
    }

    private static Map<String, String> read(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
