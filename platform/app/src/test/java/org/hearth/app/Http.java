package org.hearth.app;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A real HTTP client for the tests, with its own cookie jar (one per simulated browser or program). */
final class Http {

    private static final Pattern CSRF = Pattern.compile("name=\"pac4jCsrfToken\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;
    private final java.time.Duration timeout;

    Http(int port) {
        this("http://localhost:" + port, new CookieManager(), java.time.Duration.ofSeconds(10));
    }

    private Http(String base, CookieManager cookies, java.time.Duration timeout) {
        this.base = base;
        this.cookies = cookies;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser (cookie jar) on new connections: one hostile request cannot spoil the next one's connection. */
    Http newConnections(java.time.Duration timeout) {
        return new Http(base, cookies, timeout);
    }

    /** Releases this client's connections and threads. */
    void close() {
        client.shutdownNow();
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> delete(String path, String... headers) {
        return send(request(path, headers).DELETE().build());
    }

    HttpResponse<String> postJson(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> put(String path, String contentType, byte[] body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> putJson(String path, String json, String... headers) {
        return put(path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> deleteJson(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> postBytes(String path, String contentType, byte[] body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Any method, any body (or none): for tests that read their requests from a table. */
    HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder builder = request(path, headers);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        HttpRequest request = builder.timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build();
        // A bounded wait, even while the body is still being written: a server that never answers is a finding, not a hung build.
        var answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            return answer.get(timeout.toMillis() + 2000, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            answer.cancel(true);
            throw new IllegalStateException(new java.net.http.HttpTimeoutException("no answer within " + timeout));
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static JsonObject json(HttpResponse<String> response) {
        return new JsonObject(response.body());
    }

    static String csrfToken(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token in page: " + page.body());
        }
        return m.group(1);
    }

    /** Signs in through the form, as a browser would; returns the callback's response. */
    HttpResponse<String> login(String loginPath, String email, String password) {
        HttpResponse<String> form = get(loginPath, "Accept", "text/html");
        String client = loginPath.startsWith("/staff") ? "StaffForm" : loginPath.startsWith("/console") ? "MemberForm" : "IndividualForm";
        return postForm(loginPath + "/callback?client_name=" + client,
                Map.of("pac4jCsrfToken", csrfToken(form), "email", email, "password", password), "Accept", "text/html");
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
