package org.hearth.kernel.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * A select that jOOQ builds and renders to SQL once, and JDBC then runs with new values each
 * time; jOOQ maps the rows back into the shape's typed fields. This is jOOQ's own advice for
 * queries on a hot path (its manual, "Performance considerations": cache the SQL it generated
 * and prepare your own statement): building and rendering a page of records cost more of a
 * consented read's CPU than PostgreSQL's answer (infra/bench/README.md, issue 15).
 *
 * <p>The shape's values are {@link DSL#param(String, Class)} placeholders; {@link #fetch} binds
 * its arguments to them in the order they appear in the SQL, and refuses a different count. A
 * {@code String[]} is bound as a PostgreSQL text array (for {@code = any(?)}), anything else as
 * the driver binds the object. The statement text never changes, so the driver prepares it on
 * the server once per connection.
 */
public final class RenderedSelect {

    private static final DSLContext RENDERER = DSL.using(SQLDialect.POSTGRES, new Settings().withRenderSchema(true));

    private final String sql;
    private final Field<?>[] fields;
    private final int parameters;

    private RenderedSelect(String sql, Field<?>[] fields, int parameters) {
        this.sql = sql;
        this.fields = fields;
        this.parameters = parameters;
    }

    public static RenderedSelect of(Select<?> shape) {
        return new RenderedSelect(RENDERER.render(shape), shape.getSelect().toArray(Field<?>[]::new), RENDERER.extractBindValues(shape).size());
    }

    /** The rows for these values, on the transaction's connection (or a pooled one outside a transaction). */
    public Result<Record> fetch(DSLContext dsl, Object... values) {
        if (values.length != parameters) {
            throw new IllegalArgumentException("This select takes " + parameters + " values, not " + values.length + ": " + sql);
        }
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    bind(connection, statement, i + 1, values[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return dsl.fetch(rows, fields);
                }
            }
        });
    }

    /** The SQL as it is sent. */
    public String sql() {
        return sql;
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof String[] texts) {
            statement.setArray(index, connection.createArrayOf("text", texts));
        } else {
            statement.setObject(index, value);
        }
    }
}
