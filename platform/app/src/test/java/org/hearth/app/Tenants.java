package org.hearth.app;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

/** An organisation as a test needs one: registered, with an access token, and agreements individuals accepted. */
final class Tenants {

    private Tenants() {
    }

    /** Registers an organisation and returns a bearer access token for its first client. */
    static String register(Http http, String name) {
        return register(http, name, "company");
    }

    /** The same, for an organisation of {@code kind} (company, nonprofit or public_body); its admin is admin@{slug}.example. */
    static String register(Http http, String name, String kind) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        HttpResponse<String> registered = http.postJson("/api/v1/tenants", "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\","
                + "\"contactEmail\":\"dpo@" + slug + ".example\",\"admin\":{\"email\":\"admin@" + slug + ".example\",\"password\":\"a strong admin pass\"}}");
        if (registered.statusCode() != 201) {
            throw new AssertionError("registration failed: " + registered.body());
        }
        JsonObject created = Http.json(registered);
        return Http.bearer(Http.json(http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"), "Authorization",
                Http.basic(created.getString("clientId"), created.getString("clientSecret")))).getString("access_token"));
    }

    /** A data request for utility bills with these access modes, accepted by the individual; returns the agreement id. */
    static String agreement(Http http, String tenant, String individual, String modes) {
        return agreement(http, tenant, individual, modes, "Your bills");
    }

    /** The same, with the organisation's own title for its request. */
    static String agreement(Http http, String tenant, String individual, String modes, String title) {
        String code = Http.json(http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"" + title + "\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"We put your bills in your store.\",\"categories\":[\"dpv-pd:Utility\"],\"accessModes\":" + modes
                + ",\"durationDays\":365,\"retentionDays\":30,\"lawfulBasis\":\"dpv:Contract\",\"policyUrl\":\"https://utility.example/privacy\"}",
                "Authorization", tenant)).getString("code");
        return Http.json(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", individual)).getString("id");
    }
}
