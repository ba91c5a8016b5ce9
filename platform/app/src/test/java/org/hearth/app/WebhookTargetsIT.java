package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** With production settings, a tenant cannot point webhooks into the operator's network. */
class WebhookTargetsIT {

    private static Platform platform;
    private static Http http;
    private static String tenant;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of("HEARTH_WEBHOOK_PRIVATE_TARGETS", "false"));
        http = new Http(platform.port());
        JsonObject created = Http.json(http.postJson("/api/v1/tenants", "{\"name\":\"Curious Ltd\",\"kind\":\"company\","
                + "\"contactEmail\":\"dpo@curious.example\",\"admin\":{\"email\":\"admin@curious.example\",\"password\":\"curious admin pass\"}}"));
        tenant = Http.bearer(Http.json(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(created.getString("clientId"), created.getString("clientSecret")))).getString("access_token"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("Webhook URLs on loopback, private ranges, cloud metadata or plain http are refused and nothing is registered")
    void internalTargetsAreRefused() {
        for (String url : new String[] {"https://127.0.0.1:5432/", "https://localhost/hooks", "https://169.254.169.254/latest/meta-data/",
                "https://10.0.0.8/hooks", "http://93.184.216.34/hooks"}) {
            HttpResponse<String> refused = http.postJson("/api/v1/tenant/webhooks", "{\"url\":\"" + url + "\",\"events\":[\"agreement.granted\"]}",
                    "Authorization", tenant);
            assertThat(refused.statusCode()).as(url).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(Http.json(refused).getString("detail")).startsWith("This webhook URL cannot be used");
        }
        assertThat(Http.json(http.get("/api/v1/tenant/webhooks", "Authorization", tenant)).getJsonArray("items")).isEmpty();
    }

    @Test
    @DisplayName("A numeric host in octal, hexadecimal, as one integer or shortened (0177.0.0.1, 0x7f.1, 2130706433, 127.1) is refused with 400")
    void nonCanonicalNumericHostsAreRefused() {
        for (String url : new String[] {"https://0177.0.0.1/", "https://0x7f.1/", "https://2130706433/", "https://127.1/"}) {
            HttpResponse<String> refused = http.postJson("/api/v1/tenant/webhooks", "{\"url\":\"" + url + "\",\"events\":[\"agreement.granted\"]}",
                    "Authorization", tenant);
            assertThat(refused.statusCode()).as(url).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(Http.json(refused).getString("detail")).as(url)
                    .isEqualTo("This webhook URL cannot be used: a numeric host must be written as four decimal numbers (a.b.c.d).");
        }
        assertThat(Http.json(http.get("/api/v1/tenant/webhooks", "Authorization", tenant)).getJsonArray("items")).isEmpty();
    }
}
