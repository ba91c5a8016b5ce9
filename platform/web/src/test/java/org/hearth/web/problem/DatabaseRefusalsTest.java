package org.hearth.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A value PostgreSQL refuses is the caller's mistake (4xx), over real HTTP; anything else stays a 500. */
class DatabaseRefusalsTest {

    private static Vertx vertx;
    private static HttpServer server;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.get("/nul").handler(rc -> rc.fail(new org.jooq.exception.DataAccessException("SQL [insert …]",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"))));
        router.get("/digits").handler(rc -> rc.fail(new RuntimeException(new SQLException("numeric field overflow", "22003"))));
        router.get("/taken").handler(rc -> rc.fail(new RuntimeException(new SQLException("duplicate key value", "23505"))));
        router.get("/broken").handler(rc -> rc.fail(new RuntimeException(new SQLException("relation does not exist", "42P01"))));
        router.route().failureHandler(new FailureHandler());
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
    }

    @Test
    void aNulOrANumberOutOfRangeRefusedByTheDatabaseIsABadRequest() throws Exception {
        for (String path : new String[] {"/nul", "/digits"}) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).contains("\"code\":\"bad_request\"").doesNotContain("0x00").doesNotContain("overflow");
        }
    }

    @Test
    void aUniqueViolationIsAConflict() throws Exception {
        HttpResponse<String> answer = get("/taken");
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).doesNotContain("duplicate key");
    }

    @Test
    void anyOtherDatabaseErrorIsStillOurs() throws Exception {
        assertThat(get("/broken").statusCode()).isEqualTo(500);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
