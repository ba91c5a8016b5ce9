package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tenants are held to their plan's rate: beyond it, 429 with Retry-After; after waiting, calls go through. */
class RateLimitIT {

    private static Platform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of("HEARTH_RATE_SANDBOX", "2"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("A sandbox tenant over its rate gets 429 with Retry-After, and is served again once it waits")
    void overTheRate() throws Exception {
        Http http = new Http(platform.port());
        var client = platform.modules().tenants().clients().createTenantWithClient("Busy Co", "company");
        String token = Http.bearer(Http.json(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(client.clientId(), client.clientSecret()))).getString("access_token"));
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(http.get("/api/v1/tenant", "Authorization", token));
        }
        HttpResponse<String> limited = answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(Http.json(limited).getString("code")).isEqualTo("too_many_requests");
        assertThat(limited.headers().firstValue("Retry-After").map(Integer::parseInt)).hasValueSatisfying(s -> assertThat(s).isBetween(1, 5));
        assertThat(answers.getFirst().statusCode()).isEqualTo(200);
        // the bucket refills at the plan's rate: poll until served, within the Retry-After it gave plus slack
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        int status = http.get("/api/v1/tenant", "Authorization", token).statusCode();
        while (status == 429 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
            status = http.get("/api/v1/tenant", "Authorization", token).statusCode();
        }
        assertThat(status).isEqualTo(200);
    }
}
