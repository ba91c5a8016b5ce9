package org.hearth.datastore.records;

import static org.hearth.schema.generated.datastore.Tables.ATTACHMENTS;
import static org.hearth.schema.generated.datastore.Tables.RECORDS;
import static org.hearth.schema.generated.datastore.Tables.RECORD_VERSIONS;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.datastore.records.RecordRows.Row;
import org.hearth.datastore.records.RecordRows.SealedAttachment;
import org.hearth.datastore.records.RecordRows.SealedVersion;
import org.hearth.datastore.records.RecordRows.Stored;
import org.hearth.schema.generated.datastore.tables.records.AttachmentsRecord;
import org.hearth.schema.generated.datastore.tables.records.RecordVersionsRecord;
import org.hearth.schema.generated.datastore.tables.records.RecordsRecord;
import org.hearth.kernel.db.RenderedSelect;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Records, their versions and attachments (jOOQ only); every query names the owner (explicit tenancy). */
final class RecordRepository {

    /** Stores a new record's metadata; returns it with the times the database gave it. */
    Stored insert(DSLContext tx, Stored record) {
        return stored(tx.insertInto(RECORDS).set(recordRow(record)).returning().fetchOne());
    }

    /**
     * A new record and its first version in one statement (one round trip, one statement to
     * plan): the version is inserted by a data-modifying WITH, and the foreign key from the
     * version to the record is checked at the end of the statement, when both rows are there.
     */
    Stored insertWithFirstVersion(DSLContext tx, Stored record, SealedVersion first) {
        var version = DSL.name("first_version").as(tx.insertInto(RECORD_VERSIONS).set(versionRow(first)).returning(RECORD_VERSIONS.RECORD_ID));
        return stored(tx.with(version).insertInto(RECORDS).set(recordRow(record)).returning().fetchOne());
    }

    void insertVersion(DSLContext tx, SealedVersion v) {
        tx.insertInto(RECORD_VERSIONS).set(versionRow(v)).execute();
    }

    private static RecordVersionsRecord versionRow(SealedVersion v) {
        return new RecordVersionsRecord().setRecordId(v.recordId()).setVersion(v.version())
                .setTitleCt(v.titleCt()).setDataCt(v.dataCt()).setAuthorKind(v.authorKind()).setAuthorId(v.authorId());
    }

    private static RecordsRecord recordRow(Stored record) {
        return new RecordsRecord().setId(record.id()).setIndividualId(record.owner())
                .setSchemaId(record.schema()).setCategory(record.category()).setProvenance(record.provenance())
                .setProvenanceTenantId(record.provenanceTenantId()).setVersion(record.version()).setVerificationJws(record.verificationJws())
                .setVouchedByCt(record.voucherCt());
    }

    Optional<Row> find(DSLContext dsl, UUID owner, UUID id) {
        RenderedSelect one = page("find", () -> RECORDS.INDIVIDUAL_ID.eq(OWNER).and(RECORDS.ID.eq(DSL.param("id", UUID.class))));
        return rows(dsl, one, owner, id, 1).stream().findFirst();
    }

    /** A tenant's delivered record with its first version, the one the tenant wrote. */
    Optional<Row> firstVersion(DSLContext dsl, UUID owner, UUID tenantId, UUID id) {
        return dsl.select(RECORDS.fields()).select(RECORD_VERSIONS.fields())
                .from(RECORDS)
                .join(RECORD_VERSIONS).on(RECORD_VERSIONS.RECORD_ID.eq(RECORDS.ID).and(RECORD_VERSIONS.VERSION.eq(1)))
                .where(RECORDS.INDIVIDUAL_ID.eq(owner).and(RECORDS.ID.eq(id)).and(RECORDS.PROVENANCE_TENANT_ID.eq(tenantId)))
                .fetchOptional(r -> new Row(stored(r.into(RECORDS)), version(r.into(RECORD_VERSIONS)), null));
    }

    List<Row> list(DSLContext dsl, UUID owner, String category, String schema, UUID after, int limit) {
        // One shape per combination of filters; the values in the order their conditions appear.
        RenderedSelect list = page("list" + (category != null) + (schema != null) + (after != null), () -> RECORDS.INDIVIDUAL_ID.eq(OWNER)
                .and(category == null ? DSL.noCondition() : RECORDS.CATEGORY.eq(DSL.param("category", String.class)))
                .and(schema == null ? DSL.noCondition() : RECORDS.SCHEMA_ID.eq(DSL.param("schema", String.class)))
                .and(after == null ? DSL.noCondition() : RECORDS.ID.gt(AFTER)));
        List<Object> values = new java.util.ArrayList<>(5);
        values.add(owner);
        java.util.stream.Stream.of(category, schema, after).filter(java.util.Objects::nonNull).forEach(values::add);
        values.add(limit);
        return rows(dsl, list, values.toArray());
    }

    List<Row> listInCategories(DSLContext dsl, UUID owner, List<String> categories, UUID after, int limit) {
        // Any number of categories as one array value, so the statement's text stays the same.
        RenderedSelect page = page("in" + (after != null), () -> RECORDS.INDIVIDUAL_ID.eq(OWNER)
                .and(RECORDS.CATEGORY.eq(DSL.any(DSL.param("categories", String[].class))))
                .and(after == null ? DSL.noCondition() : RECORDS.ID.gt(AFTER)));
        String[] wanted = categories.toArray(String[]::new);
        return after == null ? rows(dsl, page, owner, wanted, limit) : rows(dsl, page, owner, wanted, after, limit);
    }

    private static final org.jooq.Param<UUID> OWNER = DSL.param("owner", UUID.class);
    private static final org.jooq.Param<UUID> AFTER = DSL.param("after", UUID.class);
    private static final java.util.Map<String, RenderedSelect> PAGES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A page of records with their current version and attachment, the filter {@code where}
     * (its values placeholders), ordered by id and limited by a last value: built and rendered
     * once per {@code shape} name (RenderedSelect), since these are the store's hottest reads.
     */
    private static RenderedSelect page(String shape, java.util.function.Supplier<Condition> where) {
        // Flat columns, not select(RECORDS, ...): selecting tables as row values makes PostgreSQL
        // send each as a composite text literal that jOOQ then parses, and that parsing was the
        // largest cost of a consented read in the profile.
        return PAGES.computeIfAbsent(shape, s -> RenderedSelect.of(DSL.select(RECORDS.fields()).select(RECORD_VERSIONS.fields()).select(ATTACHMENTS.fields())
                .from(RECORDS)
                .join(RECORD_VERSIONS).on(RECORD_VERSIONS.RECORD_ID.eq(RECORDS.ID).and(RECORD_VERSIONS.VERSION.eq(RECORDS.VERSION)))
                .leftJoin(ATTACHMENTS).on(ATTACHMENTS.RECORD_ID.eq(RECORDS.ID))
                .where(where.get())
                .orderBy(RECORDS.ID)
                .limit(DSL.param("limit", Integer.class))));
    }

    private List<Row> rows(DSLContext dsl, RenderedSelect page, Object... values) {
        return page.fetch(dsl, values).map(r -> new Row(stored(r.into(RECORDS)), version(r.into(RECORD_VERSIONS)),
                r.get(ATTACHMENTS.RECORD_ID) == null ? null : attachment(r.into(ATTACHMENTS))));
    }

    /** Moves the record to a new version if it is still at {@code expected}; false when someone got there first. */
    boolean bump(DSLContext tx, UUID owner, UUID id, int expected, String schema, String category) {
        return tx.update(RECORDS)
                .set(RECORDS.VERSION, expected + 1)
                .set(RECORDS.SCHEMA_ID, schema)
                .set(RECORDS.CATEGORY, category)
                .set(RECORDS.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(RECORDS.INDIVIDUAL_ID.eq(owner).and(RECORDS.ID.eq(id)).and(RECORDS.VERSION.eq(expected)))
                .execute() == 1;
    }

    boolean exists(DSLContext dsl, UUID owner, UUID id) {
        return dsl.fetchExists(RECORDS, RECORDS.INDIVIDUAL_ID.eq(owner).and(RECORDS.ID.eq(id)));
    }

    boolean delete(DSLContext tx, UUID owner, UUID id) {
        return tx.deleteFrom(RECORDS).where(RECORDS.INDIVIDUAL_ID.eq(owner).and(RECORDS.ID.eq(id))).execute() == 1;
    }

    List<SealedVersion> versions(DSLContext dsl, UUID id) {
        return dsl.selectFrom(RECORD_VERSIONS).where(RECORD_VERSIONS.RECORD_ID.eq(id)).orderBy(RECORD_VERSIONS.VERSION).fetch(RecordRepository::version);
    }

    void putAttachment(DSLContext tx, SealedAttachment a) {
        AttachmentsRecord row = new AttachmentsRecord().setRecordId(a.recordId()).setUploadId(a.uploadId()).setFilenameCt(a.filenameCt())
                .setContentCt(a.contentCt()).setMediaType(a.mediaType()).setSizeBytes(a.sizeBytes()).setSha256(a.sha256());
        tx.insertInto(ATTACHMENTS).set(row).onConflict(ATTACHMENTS.RECORD_ID).doUpdate().set(row).execute();
    }

    Optional<SealedAttachment> attachment(DSLContext dsl, UUID owner, UUID id) {
        return dsl.select(ATTACHMENTS.fields()).from(ATTACHMENTS).join(RECORDS).on(RECORDS.ID.eq(ATTACHMENTS.RECORD_ID))
                .where(RECORDS.INDIVIDUAL_ID.eq(owner).and(RECORDS.ID.eq(id)))
                .fetchOptional(r -> attachment(r.into(ATTACHMENTS)));
    }

    private static Stored stored(RecordsRecord r) {
        return new Stored(r.getId(), r.getIndividualId(), r.getSchemaId(), r.getCategory(), r.getProvenance(), r.getProvenanceTenantId(),
                r.getVersion(), r.getCreatedAt(), r.getUpdatedAt(), r.getVerificationJws(), r.getVouchedByCt());
    }

    private static SealedVersion version(RecordVersionsRecord v) {
        return new SealedVersion(v.getRecordId(), v.getVersion(), v.getTitleCt(), v.getDataCt(), v.getAuthorKind(), v.getAuthorId(), v.getCreatedAt());
    }

    private static SealedAttachment attachment(AttachmentsRecord a) {
        return new SealedAttachment(a.getRecordId(), a.getUploadId(), a.getFilenameCt(), a.getContentCt(), a.getMediaType(), a.getSizeBytes(), a.getSha256());
    }
}
