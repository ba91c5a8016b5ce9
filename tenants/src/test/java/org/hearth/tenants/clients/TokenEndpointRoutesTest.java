package org.hearth.tenants.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenEndpointRoutesTest {

    @Test
    void basicCredentialsAreFormDecodedAsRfc6749Requires() {
        String header = "Basic " + Base64.getEncoder().encodeToString("hc_1:s%3Acret+x".getBytes(StandardCharsets.UTF_8));
        assertThat(TokenEndpointRoutes.basic(header)).containsExactly("hc_1", "s:cret x");
    }

    @Test
    void anythingElseIsNotBasicCredentials() {
        assertThat(TokenEndpointRoutes.basic(null)).isNull();
        assertThat(TokenEndpointRoutes.basic("Bearer abc")).isNull();
        assertThat(TokenEndpointRoutes.basic("Basic !!!")).isNull();
        assertThat(TokenEndpointRoutes.basic("Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)))).isNull();
    }
}
