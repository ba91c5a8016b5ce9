package org.hearth.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hearth.kernel.config.ConfigException;

/**
 * Where the charter comes from: {@code HEARTH_CHARTER} when set, else {@code ./CHARTER.md},
 * else the copy built into the jar (the repository's own CHARTER.md).
 */
record CharterSource(String name, String text) {

    static CharterSource resolve(Optional<Path> configured) {
        try {
            if (configured.isPresent()) {
                Path path = configured.get();
                if (!Files.isRegularFile(path)) {
                    throw new ConfigException("HEARTH_CHARTER: no file at " + path.toAbsolutePath());
                }
                return new CharterSource(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
            }
            Path local = Path.of("CHARTER.md");
            if (Files.isRegularFile(local)) {
                return new CharterSource("CHARTER.md", Files.readString(local, StandardCharsets.UTF_8));
            }
            try (InputStream in = CharterSource.class.getResourceAsStream("/CHARTER.md")) {
                if (in == null) {
                    throw new ConfigException("No charter: set HEARTH_CHARTER to the operator's CHARTER.md");
                }
                return new CharterSource("CHARTER.md (built in)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new ConfigException("Cannot read the charter: " + e.getMessage());
        }
    }
}
