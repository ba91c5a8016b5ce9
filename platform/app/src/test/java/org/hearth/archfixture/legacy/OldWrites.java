package org.hearth.archfixture.legacy;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Broken: three ways around the kernel's Db, whose units of work are audited and scoped (rule e). */
class OldWrites {
    int all(DSLContext dsl, javax.sql.DataSource dataSource) {
        dsl.transaction(cfg -> { });
        dsl.transactionResult(cfg -> 1);
        return DSL.using(dataSource, org.jooq.SQLDialect.POSTGRES).fetchCount(DSL.selectOne());
    }
}
