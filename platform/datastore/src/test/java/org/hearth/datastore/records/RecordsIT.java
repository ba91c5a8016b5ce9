package org.hearth.datastore.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.datastore.Tables.RECORD_VERSIONS;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.hearth.datastore.DatastoreWorld;
import org.hearth.datastore.Record;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.Test;

class RecordsIT {

    private static final String SECRET = "Flat 3, 12 Secret Lane";

    @Test
    void anUpdateAddsAVersionAndAStaleOneChangesNothing() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            Record created = world.records.create(DatastoreWorld.as(jane, "createRecord"), address("Home", "Leeds"));

            Record updated = world.records.update(DatastoreWorld.as(jane, "updateRecord"), created.id(), 1, address("Home (new)", "York"));

            assertThat(updated.version()).isEqualTo(2);
            assertThat(world.records.get(jane, created.id()).title()).isEqualTo("Home (new)");
            assertThatThrownBy(() -> world.records.update(DatastoreWorld.as(jane, "updateRecord"), created.id(), 1, address("Lost", "Hull")))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.PRECONDITION_FAILED);
            assertThat(world.records.versions(jane, created.id())).extracting(Record.Version::version, Record.Version::title)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Home"), org.assertj.core.groups.Tuple.tuple(2, "Home (new)"));
            assertThat(world.audit("updateRecord")).as("one audit row per committed write, none for the refused one").singleElement()
                    .satisfies(row -> {
                        assertThat(row.getActorId()).isEqualTo(jane.id());
                        assertThat(row.getCredential()).isEqualTo("session");
                    });
        }
    }

    @Test
    void titlesAndDataAreStoredAsCiphertextNeverAsTyped() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            Record created = world.records.create(DatastoreWorld.as(jane, "createRecord"),
                    new Record.Content("hearth:address/v1", "dpv-pd:Address", SECRET, "{\"line\":\"" + SECRET + "\"}"));

            List<byte[]> stored = world.db.read("test.ciphertext", dsl -> dsl.select(RECORD_VERSIONS.TITLE_CT, RECORD_VERSIONS.DATA_CT)
                    .from(RECORD_VERSIONS).where(RECORD_VERSIONS.RECORD_ID.eq(created.id())).fetch(r -> concat(r.value1(), r.value2())));

            assertThat(stored).hasSize(1);
            String hex = HexFormat.of().formatHex(stored.getFirst());
            assertThat(hex).doesNotContain(HexFormat.of().formatHex("Secret Lane".getBytes(StandardCharsets.UTF_8)));
            assertThat(new String(stored.getFirst(), StandardCharsets.ISO_8859_1)).doesNotContain("Secret");
            assertThat(world.records.get(jane, created.id()).title()).isEqualTo(SECRET);
            assertThat(world.audit("createRecord")).singleElement().satisfies(row -> assertThat(row.getActorId()).isEqualTo(jane.id()));
        }
    }

    @Test
    void oneIndividualCannotReadOrDeleteAnothersRecord() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            Actor john = world.individual();
            Record janes = world.records.create(DatastoreWorld.as(jane, "createRecord"), address("Home", "Leeds"));

            assertThatThrownBy(() -> world.records.get(john, janes.id())).extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThatThrownBy(() -> world.records.delete(DatastoreWorld.as(john, "deleteRecord"), janes.id()))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(world.records.list(jane, null, null, null, 10)).extracting(Record::id).containsExactly(janes.id());
            assertThat(world.records.list(john, null, null, null, 10)).isEmpty();
            assertThat(world.audit("deleteRecord")).isEmpty();
        }
    }

    private static Record.Content address(String title, String city) {
        return new Record.Content("hearth:address/v1", "dpv-pd:Address", title, "{\"city\":\"" + city + "\"}");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
