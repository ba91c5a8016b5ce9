package org.hearth.archfixture.jooq;

/** Fine: a service that hands the transaction it runs in on to a repository, without calling it (rule b). */
final class Handover {
    void total(org.jooq.DSLContext tx, QuietRepository figures) {
        figures.total(tx);
    }
}
