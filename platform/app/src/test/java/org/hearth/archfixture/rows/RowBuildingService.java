package org.hearth.archfixture.rows;

/** Broken: a service that builds a jOOQ row (rule f). */
class RowBuildingService {
    void grant(org.hearth.schema.generated.datastore.tables.records.AgreementsRecord row) {
    }
}
