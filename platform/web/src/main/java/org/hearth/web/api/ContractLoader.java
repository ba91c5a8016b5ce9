package org.hearth.web.api;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads {@code openapi.yaml}. The published document is the whole truth, including media types
 * Vert.x's validator does not handle (problem JSON, form posts, YAML, JWK sets, zip archives).
 * For validation we hand Vert.x a copy without those media types and without the built-in
 * routes; the bodies they describe are checked by their handlers instead.
 */
public final class ContractLoader {

    /** What vertx-openapi 5.0 can validate; anything else is dropped from the validation copy. */
    static final Set<String> VALIDATABLE = Set.of("application/json", "application/json; charset=utf-8", "multipart/form-data",
            "application/hal+json", "application/octet-stream", "text/plain", "text/plain; charset=utf-8");

    private ContractLoader() {
    }

    public static String text(String resource) {
        try (InputStream in = ContractLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Future<OpenAPIContract> contract(Vertx vertx, String yaml) {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return OpenAPIContract.from(vertx, forValidation(new JsonObject(document)));
    }

    static JsonObject forValidation(JsonObject document) {
        JsonObject copy = document.copy();
        JsonObject paths = copy.getJsonObject("paths", new JsonObject());
        for (String path : Set.copyOf(paths.fieldNames())) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : Set.copyOf(item.fieldNames())) {
                if (!(item.getValue(method) instanceof JsonObject operation)) {
                    continue; // path-level parameters, summary, description
                }
                if (Boolean.TRUE.equals(operation.getBoolean("x-hearth-builtin"))) {
                    item.remove(method);
                    continue;
                }
                JsonObject body = operation.getJsonObject("requestBody");
                if (body != null && keepValidatable(body.getJsonObject("content"))) {
                    operation.remove("requestBody");
                }
                operation.getJsonObject("responses", new JsonObject()).forEach(e -> {
                    if (e.getValue() instanceof JsonObject response) {
                        keepValidatable(response.getJsonObject("content"));
                    }
                });
            }
            if (item.fieldNames().stream().noneMatch(k -> item.getValue(k) instanceof JsonObject)) {
                paths.remove(path);
            }
        }
        copy.getJsonObject("components", new JsonObject()).getJsonObject("responses", new JsonObject()).forEach(e -> {
            if (e.getValue() instanceof JsonObject response) {
                keepValidatable(response.getJsonObject("content"));
            }
        });
        return copy;
    }

    /** Removes unsupported media types; returns true when nothing validatable is left. */
    private static boolean keepValidatable(JsonObject content) {
        if (content == null) {
            return false;
        }
        content.fieldNames().removeIf(type -> !VALIDATABLE.contains(type));
        return content.isEmpty();
    }
}
