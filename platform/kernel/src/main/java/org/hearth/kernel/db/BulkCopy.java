package org.hearth.kernel.db;

import java.io.IOException;
import java.io.Reader;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;

/**
 * PostgreSQL's COPY FROM STDIN, inside the caller's transaction: the bulk path for a hundred
 * thousand rows at once (a pilot question's access-log entries), where an INSERT would bind every
 * value through the driver. Rows are written in COPY's text format as they are read, never held
 * whole. Values are UUIDs, whole numbers, text or bytes; null is {@code \N}.
 */
public final class BulkCopy {

    private static final HexFormat HEX = HexFormat.of();

    private BulkCopy() {
    }

    /** One row's values, in the order of the columns. */
    @FunctionalInterface
    public interface Rows {
        /** The values of row {@code i} into {@code values}; false once there are no more rows. */
        boolean row(int i, Object[] values);
    }

    /** Copies the rows into {@code table}'s {@code columns}; returns how many were copied. */
    public static long into(DSLContext tx, Table<?> table, List<? extends Field<?>> columns, Rows rows) {
        String sql = "COPY " + tx.render(table) + " (" + String.join(", ", columns.stream().map(c -> tx.render(DSL.name(c.getName()))).toList())
                + ") FROM STDIN";
        long[] copied = new long[1];
        tx.connection(connection -> {
            try {
                copied[0] = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new RowReader(rows, columns.size()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + table.getName() + " failed", e);
            }
        });
        return copied[0];
    }

    /** Renders rows as COPY text lines on demand. */
    private static final class RowReader extends Reader {

        private final Rows rows;
        private final Object[] values;
        private final StringBuilder line = new StringBuilder(512);
        private int next;
        private int at;
        private boolean done;

        RowReader(Rows rows, int width) {
            this.rows = rows;
            this.values = new Object[width];
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at == line.length()) {
                if (done || !fill()) {
                    return -1;
                }
            }
            int n = Math.min(length, line.length() - at);
            line.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
        }

        private boolean fill() {
            line.setLength(0);
            at = 0;
            java.util.Arrays.fill(values, null);
            if (!rows.row(next++, values)) {
                done = true;
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                append(values[i]);
            }
            line.append('\n');
            return true;
        }

        private void append(Object value) {
            switch (value) {
                case null -> line.append("\\N");
                case byte[] bytes -> line.append("\\\\x").append(HEX.formatHex(bytes));
                case UUID id -> line.append(id);
                case Number number -> line.append(number);
                case String text -> escape(text);
                default -> throw new DataAccessException("COPY cannot write a " + value.getClass().getSimpleName());
            }
        }

        private void escape(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }

        @Override
        public void close() {
            done = true;
        }
    }
}
