package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** HSTS pins browsers to https, so it is sent only when the platform's public address is https. */
class StrictTransportSecurityIT {

    @Test
    @DisplayName("With an https public URL every page and API answer carries Strict-Transport-Security")
    void hstsWhenPublicUrlIsHttps() {
        try (Platform platform = TestPlatform.start(Map.of("HEARTH_PUBLIC_URL", "https://hearth.example"))) {
            Http http = new Http(platform.port());
            for (String path : new String[] {"/", "/login", "/api/v1/me"}) {
                HttpResponse<String> response = http.get(path, "Accept", "text/html");
                assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).hasValue("max-age=31536000; includeSubDomains");
                assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            }
        }
    }
}
