package org.hearth.archfixture.jooq;

/** Broken: SQL outside a repository (rule b). */
class Figures {
    void total(org.jooq.DSLContext dsl) {
    }
}
