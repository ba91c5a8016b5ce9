package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Set;

/** A member of staff signed in over HTTP, sending JSON with the session's CSRF token. */
final class Staff {

    final Http http;
    private final String csrf;

    private Staff(Http http, String csrf) {
        this.http = http;
        this.csrf = csrf;
    }

    static Staff signIn(Platform platform, String email, String password, Set<String> roles) {
        platform.modules().staff().add(email, password, roles);
        Http http = new Http(platform.port());
        http.login("/staff/login", email, password);
        return new Staff(http, Http.csrfToken(http.get("/staff", "Accept", "text/html")));
    }

    HttpResponse<String> post(String path, String json) {
        return http.postJson(path, json, "pac4jCsrfToken", csrf);
    }

    HttpResponse<String> put(String path, String json) {
        return http.putJson(path, json, "pac4jCsrfToken", csrf);
    }

    /** Posts and expects {@code status}; the JSON answer. */
    JsonObject post(String path, String json, int status) {
        HttpResponse<String> response = post(path, json);
        assertThat(response.statusCode()).as("%s %s", path, response.body()).isEqualTo(status);
        return response.body().isEmpty() ? new JsonObject() : Http.json(response);
    }

    JsonObject get(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as("%s %s", path, response.body()).isEqualTo(200);
        return Http.json(response);
    }
}
