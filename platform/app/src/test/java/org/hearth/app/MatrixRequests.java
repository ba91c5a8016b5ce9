package org.hearth.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request table: what AuthorisationMatrixIT sends for each operation (see authorisation-requests.tsv). */
final class MatrixRequests {

    record Request(String operationId, String path, Map<String, String> headers, String body) {
    }

    private MatrixRequests() {
    }

    static Map<String, Request> load(String resource) {
        try (InputStream in = MatrixRequests.class.getResourceAsStream(resource)) {
            Map<String, Request> requests = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 4) {
                    throw new IllegalArgumentException("4 tab-separated cells expected: " + line);
                }
                Map<String, String> headers = new LinkedHashMap<>();
                if (!"-".equals(cells[2])) {
                    for (String header : cells[2].split(" \\| ")) {
                        int colon = header.indexOf(':');
                        headers.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
                    }
                }
                if (requests.put(cells[0], new Request(cells[0], cells[1], headers, cells[3])) != null) {
                    throw new IllegalArgumentException("a second request for " + cells[0]);
                }
            }
            return requests;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code path} (with placeholders) has the shape of the contract's {@code template}. */
    static boolean fits(String path, String template) {
        String[] a = path.split("\\?")[0].split("/");
        String[] b = template.split("/");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            boolean parameter = b[i].startsWith("{");
            if (!parameter && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }
}
