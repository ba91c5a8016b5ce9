package org.hearth.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.hearth.web.health.Readiness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The first handler: one request id per request, in the response and in the MDC of the threads that serve it, and nowhere after. */
class RequestBasicsTest {

    private static Vertx vertx;
    private static WebServer server;
    private static final Readiness READINESS = new Readiness();
    private static final Map<String, String> SEEN = new ConcurrentHashMap<>();
    private static final Map<String, CompletableFuture<String>> AFTER = new ConcurrentHashMap<>();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route().handler(rc -> WebApp.requestBasics(rc, false, READINESS));
        router.get("/plain/:name").handler(rc -> {
            String name = rc.pathParam("name");
            SEEN.put(name, MDC.get(RequestLog.MDC_KEY) + (Thread.currentThread().isVirtual() ? "" : " (not a virtual thread)"));
            CompletableFuture<String> after = new CompletableFuture<>();
            AFTER.put(name, after);
            // Runs on the context after this handler has returned: the id must not linger there.
            io.vertx.core.Vertx.currentContext().runOnContext(v -> after.complete(String.valueOf(MDC.get(RequestLog.MDC_KEY))));
            rc.response().end("ok");
        });
        router.post("/body").handler(BodyHandler.create()).handler(RequestLog.rebind()).handler(rc -> {
            SEEN.put("body", String.valueOf(MDC.get(RequestLog.MDC_KEY)));
            rc.response().end("ok");
        });
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new WebServer(vertx, router, "127.0.0.1", port, 1);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        vertx.close().await();
    }

    private static HttpResponse<String> get(String path, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("A safe X-Request-Id is kept, answered in the response header and in the MDC of the handler's virtual thread, then cleared")
    void safeIdIsKept() throws Exception {
        HttpResponse<String> answer = get("/plain/kept", "client-id-1");
        assertThat(answer.headers().firstValue("X-Request-Id")).hasValue("client-id-1");
        assertThat(SEEN.get("kept")).isEqualTo("client-id-1");
        assertThat(AFTER.get("kept").get(10, TimeUnit.SECONDS)).isEqualTo("null");
    }

    @Test
    @DisplayName("An unsafe or missing X-Request-Id is replaced by a new one, never the previous request's")
    void unsafeIdIsReplaced() throws Exception {
        HttpResponse<String> unsafe = get("/plain/unsafe", "has spaces and <angles>");
        String given = unsafe.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(given).matches("[0-9a-f-]{36}");
        assertThat(SEEN.get("unsafe")).isEqualTo(given);
        HttpResponse<String> none = get("/plain/none", null);
        String fresh = none.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(fresh).isNotEqualTo(given).matches("[0-9a-f-]{36}");
        assertThat(SEEN.get("none")).isEqualTo(fresh);
    }

    @Test
    @DisplayName("After a body is read (another thread), the handlers that follow still log with the request id")
    void idSurvivesTheBodyRead() throws Exception {
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/body"))
                .header("X-Request-Id", "with-a-body").POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(SEEN.get("body")).isEqualTo("with-a-body");
    }

    @Test
    @DisplayName("A malformed address gets a 400 problem that still carries the request id")
    void problemCarriesTheId() throws Exception {
        HttpResponse<String> answer = get("/plain/%00", "bad-address-1");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("X-Request-Id")).hasValue("bad-address-1");
        assertThat(answer.body()).contains("\"requestId\":\"bad-address-1\"");
    }
}
