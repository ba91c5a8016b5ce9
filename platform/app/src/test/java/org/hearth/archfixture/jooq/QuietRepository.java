package org.hearth.archfixture.jooq;

/** Fine: a package-private repository with its SQL. */
final class QuietRepository {
    void total(org.jooq.DSLContext dsl) {
    }
}
