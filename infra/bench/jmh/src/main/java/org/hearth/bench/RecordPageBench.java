package org.hearth.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hearth.datastore.Record;
import org.hearth.datastore.RecordJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A page of 20 decrypted records written as the API answers them (RecordJson, then the response's encoding). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecordPageBench {

    private List<Record> page;

    @Setup
    public void setUp() {
        page = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.parse("2026-12-04T10:15:30Z");
        for (int i = 0; i < 20; i++) {
            page.add(new Record(UUID.randomUUID(), "hearth:note/v1", "dpv-pd:Preference", "Note " + i, Fixtures.recordData(i), "self", null, 1,
                    at, at, null, null, null));
        }
    }

    @Benchmark
    public String writeAPageOf20() {
        JsonArray items = new JsonArray();
        for (Record r : page) {
            items.add(RecordJson.of(r));
        }
        return new JsonObject().put("items", items).put("next", (String) null).encode();
    }
}
