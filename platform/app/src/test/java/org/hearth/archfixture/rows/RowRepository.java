package org.hearth.archfixture.rows;

/** Fine: the repository owns its rows. */
final class RowRepository {
    void save(org.hearth.schema.generated.datastore.tables.records.AgreementsRecord row) {
    }
}
