package org.hearth.archfixture.jooq;

/** Broken: SQL outside a repository (rule b). */
class Figures {
    int total(org.jooq.DSLContext dsl) {
        return dsl.fetchCount(org.jooq.impl.DSL.selectOne());
    }
}
