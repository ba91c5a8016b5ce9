package org.hearth.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authorisation matrix: for every operation of the contract, the status each kind of caller
 * must get. Read from a tab-separated table (a header row naming the callers, then one row per
 * operationId; {@code #} starts a comment), so that a reviewer reads who may do what in one place.
 */
record AuthorisationMatrix(List<String> callers, Map<String, Map<String, Integer>> rows) {

    /** The caller kinds, in the order the table names them and the test calls them. */
    static final List<String> CALLERS = List.of("anonymous", "individual", "other-individual", "tenant", "other-tenant",
            "team-admin", "team-developer", "team-analyst", "operator", "board");

    static AuthorisationMatrix load(String resource) {
        try (InputStream in = AuthorisationMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no table " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AuthorisationMatrix parse(String text) {
        List<String> header = null;
        Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(content.split("\t+"));
            if (header == null) {
                header = cells.subList(1, cells.size());
                if (!header.equals(CALLERS)) {
                    throw new IllegalArgumentException("line " + lineNo + ": the header must name the callers " + CALLERS + ", not " + header);
                }
                continue;
            }
            if (cells.size() != header.size() + 1) {
                throw new IllegalArgumentException("line " + lineNo + ": " + cells.getFirst() + " has " + (cells.size() - 1)
                        + " cells for " + header.size() + " callers");
            }
            Map<String, Integer> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), status(cells.get(i + 1), lineNo));
            }
            if (rows.put(cells.getFirst(), row) != null) {
                throw new IllegalArgumentException("line " + lineNo + ": a second row for " + cells.getFirst());
            }
        }
        if (header == null) {
            throw new IllegalArgumentException("the table has no header row");
        }
        return new AuthorisationMatrix(header, rows);
    }

    private static int status(String cell, int lineNo) {
        try {
            int status = Integer.parseInt(cell);
            if (status >= 200 && status < 500) {
                return status;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("line " + lineNo + ": '" + cell + "' is not an expected status (2xx, 3xx or 4xx)");
    }

    /** Operations of the contract that have no row: each new route must say who may call it. */
    Set<String> missing(Iterable<String> operationIds) {
        Set<String> missing = new LinkedHashSet<>();
        operationIds.forEach(id -> {
            if (!rows.containsKey(id)) {
                missing.add(id);
            }
        });
        return missing;
    }

    /** Rows naming an operation the contract does not have (a renamed or removed route). */
    Set<String> unknown(Set<String> operationIds) {
        Set<String> unknown = new LinkedHashSet<>(rows.keySet());
        unknown.removeAll(operationIds);
        return unknown;
    }

    /** One cell that differs from what the server answered. */
    record Difference(String operationId, String caller, int expected, int got, String body) {
        @Override
        public String toString() {
            return String.format("%-32s %-17s expected %d, got %d  %s", operationId, caller, expected, got,
                    body.length() > 160 ? body.substring(0, 160) + "…" : body);
        }
    }

    static String describe(List<Difference> differences) {
        List<String> lines = new ArrayList<>();
        lines.add(differences.size() + " cells differ from the authorisation matrix:");
        differences.forEach(d -> lines.add("  " + d));
        return String.join("\n", lines);
    }
}
