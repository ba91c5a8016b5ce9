package org.hearth.archfixture.jooq;

/** Broken: a public repository that is not on the allow-list (rule b). */
public class FigureRepository {
    void total(org.jooq.DSLContext dsl) {
    }
}
