package org.hearth.web.api;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Path;
import io.vertx.openapi.validation.RequestUtils;
import io.vertx.openapi.validation.RequestValidator;
import io.vertx.openapi.validation.ValidatedRequest;
import io.vertx.openapi.validation.ValidatorException;
import java.util.HashSet;
import java.util.Set;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.input.InputRejected;
import org.hearth.kernel.input.JsonLimits;
import org.hearth.kernel.input.SafeText;
import org.hearth.web.RequestLog;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * Builds the API routes from the contract. For each operation, in this order: read the body
 * (with a size limit), guard (401/403 before anything about the input is revealed), reject
 * bodies no part of the platform may take in (malformed or too deep JSON, NUL, lone surrogates,
 * absurd numbers), validate against the contract, then the module's handler.
 */
public final class ApiRouter {

    static final String VALIDATED = "hearth.validated";

    private ApiRouter() {
    }

    /**
     * @param bodyLimits the largest body per kind of operation: {@code default}, and the names
     *                   operations choose with {@code x-hearth-body-limit} (attachment, archive)
     */
    public static void mount(Vertx vertx, Router router, OpenAPIContract contract, ApiOperations operations,
                             Security security, java.util.Map<String, Long> bodyLimits) {
        RequestValidator validator = new StringParameters(vertx, ContractValidators.caching(contract));
        Set<String> unused = new HashSet<>(operations.handlers().keySet());
        for (Path path : contract.getPaths()) {
            for (Operation operation : path.getOperations()) {
                if (Boolean.TRUE.equals(operation.getExtensions().get("x-hearth-builtin"))) {
                    continue; // documented here, served by the platform's own cheap routes
                }
                Handler<RoutingContext> handler = operations.handlers().get(operation.getOperationId());
                if (handler == null) {
                    throw new IllegalStateException("Operation " + operation.getOperationId() + " in openapi.yaml has no handler");
                }
                unused.remove(operation.getOperationId());
                Object access = operation.getExtensions().get("x-hearth-access");
                if (access == null) {
                    throw new IllegalStateException("Operation " + operation.getOperationId() + " does not say who may call it (x-hearth-access)");
                }
                boolean validate = !Boolean.FALSE.equals(operation.getExtensions().get("x-hearth-validate"));
                String limitName = String.valueOf(operation.getExtensions().getOrDefault("x-hearth-body-limit", "default"));
                Long bodyLimit = bodyLimits.get(limitName);
                if (bodyLimit == null) {
                    throw new IllegalStateException("Operation " + operation.getOperationId() + " names an unknown body limit " + limitName);
                }
                var route = router.route(operation.getHttpMethod(), toVertxPath(path.getName()));
                // A streamed body (an import archive) is read by its handler, to disk, after the guard; never into memory here.
                boolean streamed = "stream".equals(operation.getExtensions().get("x-hearth-body"));
                if (!streamed) {
                    route.handler(BodyHandler.create(false).setBodyLimit(bodyLimit));
                    // The body arrived on another thread: the request id goes back in the MDC for what follows.
                    route.handler(RequestLog.rebind());
                }
                String operationId = operation.getOperationId();
                // The contract's operation id names the work in the audit trail and the access log
                // (after the body handler: Vert.x refuses body handling after a user handler).
                route.handler(rc -> {
                    rc.put(org.hearth.web.Calls.OPERATION, operationId);
                    RequestLog.noteRoute(rc);
                    rc.next();
                });
                route.handler(security.apiGuard(Access.parse(access.toString())));
                if (!streamed) {
                    route.handler(ApiRouter::checkBody);
                }
                if (validate && !streamed) {
                    route.handler(rc -> validate(rc, validator, operation));
                }
                route.handler(handler);
            }
        }
        if (!unused.isEmpty()) {
            throw new IllegalStateException("Handlers for operations missing from openapi.yaml: " + unused);
        }
    }

    private static void validate(RoutingContext rc, RequestValidator validator, Operation operation) {
        Future<ValidatedRequest> result = RequestUtils.extract(rc.request(), operation, () -> Future.succeededFuture(rc.body().buffer()))
                .compose(request -> validator.validate(request, operation.getOperationId()));
        ValidatedRequest validated;
        try {
            validated = result.await();
        } catch (ValidatorException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, e.getMessage());
        }
        rc.put(VALIDATED, validated);
        rc.next();
    }

    /**
     * The one check every body passes before the contract's validator or a handler parses it:
     * JSON must be well formed and within {@link JsonLimits}, a form's encoding within
     * {@link SafeText}. Whatever gets past here can be stored and served again.
     */
    static void checkBody(RoutingContext rc) {
        String type = rc.request().getHeader("Content-Type");
        Buffer body = rc.body() == null ? null : rc.body().buffer();
        if (type != null && body != null && body.length() > 0) {
            String media = type.toLowerCase(java.util.Locale.ROOT);
            try {
                if (media.contains("json")) {
                    JsonLimits.check(body.getBytes());
                } else if (media.startsWith("application/x-www-form-urlencoded")) {
                    SafeText.checkPercentEncoding(body.toString(java.nio.charset.StandardCharsets.UTF_8), "The form");
                }
            } catch (JsonLimits.Malformed e) {
                throw new HearthException(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON.");
            } catch (InputRejected e) {
                throw new HearthException(ErrorCode.VALIDATION_FAILED, e.getMessage());
            }
        }
        rc.next();
    }

    /** OpenAPI's {@code /a/{id}} becomes Vert.x Web's {@code /a/:id}. */
    static String toVertxPath(String openApiPath) {
        return openApiPath.replaceAll("\\{([^}/]+)}", ":$1");
    }
}
