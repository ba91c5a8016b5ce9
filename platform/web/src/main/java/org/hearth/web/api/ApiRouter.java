package org.hearth.web.api;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
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
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * Builds the API routes from the contract. For each operation, in this order: read the body
 * (with a size limit), guard (401/403 before anything about the input is revealed), reject
 * malformed JSON, validate against the contract, then the module's handler.
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
        RequestValidator validator = RequestValidator.create(vertx, contract);
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
                route.handler(BodyHandler.create(false).setBodyLimit(bodyLimit))
                        .handler(security.apiGuard(Access.parse(access.toString())));
                if (validate) {
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
        rejectMalformedJson(rc);
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

    private static void rejectMalformedJson(RoutingContext rc) {
        String type = rc.request().getHeader("Content-Type");
        Buffer body = rc.body().buffer();
        if (type != null && type.toLowerCase().contains("json") && body != null && body.length() > 0) {
            try {
                Json.decodeValue(body);
            } catch (DecodeException e) {
                throw new HearthException(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON.");
            }
        }
    }

    /** OpenAPI's {@code /a/{id}} becomes Vert.x Web's {@code /a/:id}. */
    static String toVertxPath(String openApiPath) {
        return openApiPath.replaceAll("\\{([^}/]+)}", ":$1");
    }
}
