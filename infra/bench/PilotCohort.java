// The pilot benchmark's encrypted cohort (infra/bench/pilot-question.sh; README "A pilot's question").
// Run with the JDK's source launcher:  java infra/bench/PilotCohort.java MASTER_KEY_FILE COUNT > cohort.tsv
//
// Writes COUNT individuals as the platform stores them, one tab-separated line each: individual id,
// record id, the individual's data key wrapped under the master key, and the record's title and data
// sealed under that data key. The formats are the platform's own (kernel/crypto/Aead: AES-256-GCM,
// 96-bit random nonce, nonce || ciphertext || tag; DataKeys: associated data
// "hearth:data-key:v1:<individual>"; records/RecordCrypto: "hearth:record:<record>:v1:<field>"), so
// the server unwraps every key and decrypts every record for real when it answers the question.
// The master key's id (mk- and the first 8 bytes of its SHA-256) is printed to stderr.
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class PilotCohort {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    public static void main(String[] args) throws Exception {
        byte[] masterBytes = Base64.getDecoder().decode(Files.readString(Path.of(args[0])).trim());
        int count = Integer.parseInt(args[1]);
        SecretKey master = new SecretKeySpec(masterBytes, "AES");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(masterBytes);
        System.err.println("mk-" + HEX.formatHex(digest, 0, 8));
        StringBuilder out = new StringBuilder(1 << 20);
        var stdout = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        for (int i = 1; i <= count; i++) {
            UUID individual = uuid("pilot-individual-" + i);
            UUID record = uuid("pilot-record-" + i);
            byte[] dataKey = new byte[32];
            RANDOM.nextBytes(dataKey);
            byte[] wrapped = seal(master, dataKey, "hearth:data-key:v1:" + individual);
            SecretKey key = new SecretKeySpec(dataKey, "AES");
            // Ages 18 to 97, a step count that is sometimes far beyond any bound, one in four a smoker.
            String data = "{\"age\":" + (18 + i % 80) + ",\"steps\":" + (i % 1000 == 0 ? 1_000_000 : 2000 + (i * 37) % 12000)
                    + ",\"smoker\":\"" + (i % 4 == 0 ? "yes" : "no") + "\",\"note\":\"generated for the pilot benchmark\"}";
            byte[] title = seal(key, "Health summary".getBytes(StandardCharsets.UTF_8), "hearth:record:" + record + ":v1:title");
            byte[] sealed = seal(key, data.getBytes(StandardCharsets.UTF_8), "hearth:record:" + record + ":v1:data");
            out.append(individual).append('\t').append(record).append('\t').append(HEX.formatHex(wrapped)).append('\t')
                    .append(HEX.formatHex(title)).append('\t').append(HEX.formatHex(sealed)).append('\n');
            if (out.length() > (1 << 20)) {
                stdout.print(out);
                out.setLength(0);
            }
        }
        stdout.print(out);
        stdout.flush();
    }

    private static byte[] seal(SecretKey key, byte[] plaintext, String associatedData) throws Exception {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plaintext);
        return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    }

    /** The same UUID as PostgreSQL's md5(text)::uuid. */
    private static UUID uuid(String text) throws Exception {
        String hex = HEX.formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-"
                + hex.substring(20));
    }
}
