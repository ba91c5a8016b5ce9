package org.hearth.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.hearth.kernel.crypto.Aead;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * AES-256-GCM as a record uses it: sealing one record's data, and opening the title and data of
 * each record of a 20-record page (what the consented read decrypts per request).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AeadBench {

    private SecretKey key;
    private byte[] data;
    private byte[][] titles;
    private byte[][] datas;
    private byte[][] aads;

    @Setup
    public void setUp() throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        key = generator.generateKey();
        data = Fixtures.recordData(0).getBytes(StandardCharsets.UTF_8);
        titles = new byte[20][];
        datas = new byte[20][];
        aads = new byte[20][];
        for (int i = 0; i < 20; i++) {
            aads[i] = ("hearth:record:" + i + ":1").getBytes(StandardCharsets.UTF_8);
            titles[i] = Aead.encrypt(key, ("Note " + i).getBytes(StandardCharsets.UTF_8), aads[i]);
            datas[i] = Aead.encrypt(key, Fixtures.recordData(i).getBytes(StandardCharsets.UTF_8), aads[i]);
        }
    }

    @Benchmark
    public byte[] sealOneRecord() {
        return Aead.encrypt(key, data, aads[0]);
    }

    @Benchmark
    public void openAPageOf20(Blackhole out) {
        for (int i = 0; i < 20; i++) {
            out.consume(Aead.decrypt(key, titles[i], aads[i]));
            out.consume(Aead.decrypt(key, datas[i], aads[i]));
        }
    }
}
