package org.hearth.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class ContractLoaderTest {

    private final JsonObject published = new JsonObject((Map<String, Object>) new Yaml().load(ContractLoader.text("/openapi.yaml")));
    private final JsonObject validation = ContractLoader.forValidation(published);

    @Test
    void theValidationCopyLeavesOutBuiltInRoutesButKeepsTheApi() {
        assertThat(validation.getJsonObject("paths").fieldNames()).contains("/api/v1/accounts", "/oauth/token")
                .doesNotContain("/health/ready", "/metrics", "/openapi.yaml");
    }

    @Test
    void mediaTypesVertxCannotValidateAreDroppedFromTheCopyOnly() {
        JsonObject token = validation.getJsonObject("paths").getJsonObject("/oauth/token").getJsonObject("post");
        assertThat(token.containsKey("requestBody")).as("form body checked by its handler").isFalse();
        JsonObject accounts = validation.getJsonObject("paths").getJsonObject("/api/v1/accounts").getJsonObject("post");
        assertThat(accounts.getJsonObject("requestBody").getJsonObject("content").fieldNames()).containsExactly("application/json");
        assertThat(published.getJsonObject("paths").getJsonObject("/oauth/token").getJsonObject("post").containsKey("requestBody"))
                .as("the published document is untouched").isTrue();
    }

    @Test
    void everyOperationSaysWhoMayCallIt() {
        published.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
            if (op.getValue() instanceof JsonObject operation) {
                assertThat(operation.getString("x-hearth-access")).as(path.getKey() + " " + op.getKey()).isNotBlank();
            }
        }));
    }

    @Test
    void openApiPathTemplatesBecomeVertxPathParameters() {
        assertThat(ApiRouter.toVertxPath("/api/v1/me/tokens/{id}")).isEqualTo("/api/v1/me/tokens/:id");
        assertThat(ApiRouter.toVertxPath("/a/{x}/b/{y}")).isEqualTo("/a/:x/b/:y");
    }
}
