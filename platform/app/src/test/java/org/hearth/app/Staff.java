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

    /** Books a balanced two-line ledger entry (debit one account, credit another) and expects 201. */
    void entry(String date, String kind, String debit, String credit, String amount) {
        post("/api/v1/governance/entries", "{\"date\":\"" + date + "\",\"kind\":\"" + kind + "\",\"description\":\"" + kind
                + "\",\"justification\":\"piece " + date + "\",\"lines\":[{\"account\":\"" + debit + "\",\"debit\":\"" + amount + "\"},"
                + "{\"account\":\"" + credit + "\",\"credit\":\"" + amount + "\"}]}", 201);
    }

    /** How many entries the ledger holds: a refused operation must leave it unchanged. */
    int entryCount() {
        return get("/api/v1/governance/entries?limit=5000").getJsonArray("items").size();
    }
}
