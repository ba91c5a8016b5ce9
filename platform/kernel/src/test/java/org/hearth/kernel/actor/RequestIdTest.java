package org.hearth.kernel.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void generatedIdsAreVersion4UuidsAndDistinct() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            String value = RequestId.generate().value();
            UUID uuid = UUID.fromString(value);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(seen.add(value)).as("unique").isTrue();
        }
    }

    @Test
    void aClientsHeaderIsKeptOnlyWhenSafeToLog() {
        assertThat(RequestId.fromHeader("abc-123_X.y").value()).isEqualTo("abc-123_X.y");
        assertThat(RequestId.fromHeader("a".repeat(64)).value()).hasSize(64);
        for (String unsafe : new String[] {"", "a".repeat(65), "a b", "a\nb", "é", "a/b", "a;b", "<script>"}) {
            assertThat(RequestId.fromHeader(unsafe).value()).as(unsafe).isNotEqualTo(unsafe).hasSize(36);
        }
        assertThat(RequestId.fromHeader(null).value()).hasSize(36);
        assertThatThrownBy(() -> new RequestId("a b")).isInstanceOf(IllegalArgumentException.class);
    }
}
