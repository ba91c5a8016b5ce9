package org.hearth.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class RenderedSelectTest {

    @Test
    void theShapeIsRenderedOnceWithAPlaceholderPerValueInOrder() {
        var id = DSL.field(DSL.name("t", "id"), UUID.class);
        var kind = DSL.field(DSL.name("t", "kind"), String.class);
        RenderedSelect select = RenderedSelect.of(DSL.select(id, kind).from(DSL.table(DSL.name("t")))
                .where(id.eq(DSL.param("id", UUID.class)).and(kind.eq(DSL.any(DSL.param("kinds", String[].class)))))
                .limit(DSL.param("limit", Integer.class)));

        assertThat(select.sql()).doesNotContain(":id").endsWith("fetch next ? rows only");
        assertThat(select.sql().chars().filter(c -> c == '?').count()).isEqualTo(3);
        assertThat(select.sql().indexOf("\"id\" = ")).isLessThan(select.sql().indexOf("any ("));
    }

    @Test
    void theWrongNumberOfValuesIsRefusedBeforeAnythingIsSent() {
        var id = DSL.field(DSL.name("t", "id"), UUID.class);
        RenderedSelect select = RenderedSelect.of(DSL.select(id).from(DSL.table(DSL.name("t"))).where(id.eq(DSL.param("id", UUID.class))));

        assertThatThrownBy(() -> select.fetch(DSL.using(SQLDialect.POSTGRES), UUID.randomUUID(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes 1 values, not 2");
    }
}
