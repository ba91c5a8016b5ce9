package org.hearth.web;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import org.hearth.web.problem.InvalidRequests;

/**
 * Serves the router from N verticles on virtual threads. Handlers block on JDBC like plain Java;
 * a verticle's virtual-thread context runs one handler at a time, so N (about the pool size)
 * is how many requests make progress at once. The event loops only move bytes.
 */
public final class WebServer {

    private final Vertx vertx;
    private final Router router;
    private final String host;
    private final int port;
    private final int instances;
    private String deploymentId;

    /** Wires the server; nothing listens until {@link #start()}. */
    public WebServer(Vertx vertx, Router router, String host, int port, int instances) {
        this.vertx = vertx;
        this.router = router;
        this.host = host;
        this.port = port;
        this.instances = instances;
    }

    /** Deploys the verticles and waits until every one listens. */
    public synchronized void start() {
        if (deploymentId != null) {
            return;
        }
        deploymentId = vertx.deployVerticle(() -> new HttpVerticle(router, host, port),
                new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD).setInstances(instances))
                .toCompletionStage().toCompletableFuture().join();
    }

    public int port() {
        return port;
    }

    public synchronized boolean listening() {
        return deploymentId != null;
    }

    /** Stops listening (idempotent): a request in flight may still finish; no new one is accepted. */
    public synchronized void stop() {
        if (deploymentId == null) {
            return;
        }
        String id = deploymentId;
        deploymentId = null;
        vertx.undeploy(id).toCompletionStage().toCompletableFuture().join();
    }

    private static final class HttpVerticle extends VerticleBase {
        private final Router router;
        private final String host;
        private final int port;

        HttpVerticle(Router router, String host, int port) {
            this.router = router;
            this.host = host;
            this.port = port;
        }

        @Override
        public Future<?> start() {
            // HTTP/1.1 only on this plain-text port: no h2c upgrade, which browsers never use (they
            // speak HTTP/2 only over TLS, at the proxy), which proxies can be smuggled through, and
            // on which an oversized header or a streamed import got no answer at all.
            HttpServer server = vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true).setMaxFormAttributeSize(64 * 1024)
                    .setHttp2ClearTextEnabled(false));
            return server.requestHandler(router).invalidRequestHandler(new InvalidRequests()).listen(port, host);
        }
    }
}
