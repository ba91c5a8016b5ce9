package org.hearth.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.contract.OpenAPIContract;
import java.util.List;
import java.util.function.Consumer;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.input.InputRejected;
import org.hearth.kernel.input.SafeText;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRouter;
import org.hearth.web.health.HealthRoutes;
import org.hearth.web.health.Readiness;
import org.hearth.web.metrics.MetricsRoutes;
import org.hearth.web.pages.Frame;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.StaticAssets;
import org.hearth.web.problem.FailureHandler;
import org.hearth.web.problem.Problems;
import org.hearth.web.security.LoginRoutes;
import org.hearth.web.security.Security;
import org.hearth.kernel.crypto.SigningKeys;

/**
 * Assembles the whole router. Cheap routes (health, metrics, documents) come first and skip
 * sessions; then login, the modules' pages, and the API built from the contract.
 */
public final class WebApp {

    /** Everything the router needs from the rest of the platform. */
    public record Parts(Db db, PrometheusMeterRegistry registry, Security security, SigningKeys signingKeys,
                        OpenAPIContract contract, String contractText, ApiOperations operations,
                        List<Consumer<Router>> pages, long maxBodyBytes, java.util.Map<String, Long> bodyLimits,
                        String metricsToken, boolean httpsPublicUrl, Readiness readiness) {
    }

    /**
     * No inline script or style anywhere (pages link one stylesheet), no framing, forms post
     * only here. Sent on every response: harmless on JSON, and no HTML response can miss it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private WebApp() {
    }

    public static Router router(Vertx vertx, Parts parts) {
        Router router = Router.router(vertx);
        router.route().handler(rc -> requestBasics(rc, parts.httpsPublicUrl(), parts.readiness()));
        io.micrometer.core.instrument.Gauge.builder("hearth_sessions", parts.security(), Security::sessionCount)
                .description("server-side browser sessions").register(parts.registry());
        for (StaticAssets.Asset asset : StaticAssets.ALL) {
            router.get(asset.path()).handler(rc -> rc.response().putHeader("Content-Type", asset.contentType())
                    .putHeader("Cache-Control", "public, max-age=31536000, immutable").end(io.vertx.core.buffer.Buffer.buffer(asset.bytes())));
        }
        HealthRoutes.mount(router, parts.db(), parts.readiness());
        MetricsRoutes.mount(router, parts.registry(), parts.metricsToken());
        router.get("/openapi.yaml").handler(rc -> rc.response().putHeader("Content-Type", "application/yaml; charset=utf-8").end(parts.contractText()));
        String jwks = parts.signingKeys().publicJwks();
        router.get("/.well-known/jwks.json").handler(rc -> rc.response().putHeader("Content-Type", "application/jwk-set+json")
                .putHeader("Cache-Control", "public, max-age=300").end(jwks));
        router.get("/").handler(WebApp::home);
        router.route().handler(parts.security().sessionHandler());
        new LoginRoutes(parts.security(), parts.security().loginOptions()).mount(router, parts.maxBodyBytes());
        parts.pages().forEach(page -> page.accept(router));
        java.util.Map<String, Long> limits = new java.util.HashMap<>(parts.bodyLimits());
        limits.put("default", parts.maxBodyBytes());
        ApiRouter.mount(vertx, router, parts.contract(), parts.operations(), parts.security(), limits);
        router.route().failureHandler(new FailureHandler());
        router.errorHandler(404, rc -> Problems.send(rc, ErrorCode.NOT_FOUND, "There is nothing at this address."));
        router.errorHandler(405, rc -> Problems.send(rc, ErrorCode.METHOD_NOT_ALLOWED, "This address does not accept that method."));
        router.errorHandler(413, rc -> Problems.send(rc, ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than this server accepts."));
        router.errorHandler(500, new FailureHandler());
        return router;
    }

    /**
     * A request id on every request and response (problem bodies carry it too), the access line,
     * and headers every response should carry. Then the one check of every path and query
     * parameter, before any route decodes one: the address must be well percent-encoded and
     * encode no NUL (which no column can store).
     */
    static void requestBasics(RoutingContext rc, boolean https, Readiness readiness) {
        long start = System.nanoTime();
        Runnable ended = readiness.track();
        rc.addEndHandler(done -> ended.run());
        RequestId id = RequestId.fromHeader(rc.request().getHeader("X-Request-Id"));
        rc.put(Calls.REQUEST_ID, id);
        rc.response().putHeader("X-Request-Id", id.value())
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .putHeader("X-Frame-Options", "DENY");
        if (https) {
            // Only over https: sent over plain http it would be ignored, and on localhost it would pin the browser to https.
            rc.response().putHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        RequestLog.onEnd(rc, start);
        RequestLog.bound(rc, () -> {
            try {
                SafeText.checkPercentEncoding(rc.request().uri(), "The request's address");
            } catch (InputRejected e) {
                Problems.send(rc, ErrorCode.BAD_REQUEST, e.getMessage());
                return;
            }
            rc.next();
        });
    }

    private static void home(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        Layout.send(rc, new Frame(m, "Hearth", "Hearth", java.util.List.of(), null, rc.request().path(), null), Layout.WEB.render("home.jte", m));
    }

    /** Turns a handler that throws into one whose failure reaches the failure handler. */
    public static Handler<RoutingContext> safe(Handler<RoutingContext> handler) {
        return rc -> {
            try {
                handler.handle(rc);
            } catch (RuntimeException e) {
                rc.fail(e);
            }
        };
    }
}
