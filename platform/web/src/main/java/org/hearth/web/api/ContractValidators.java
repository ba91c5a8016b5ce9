package org.hearth.web.api;

import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.json.schema.Validator;
import io.vertx.openapi.contract.OpenAPIContract;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contract as the request validator sees it, with each of its schemas' validators built once.
 * Vert.x's {@code RequestValidator} asks the contract's schema repository for a new validator for
 * every parameter and body of every request, and building one walks and copies the schema
 * (measured: 18% of the server's CPU on the consented read, issue 15); a validator is immutable
 * and the contract's schemas are fixed at start, so one per schema object is kept and shared.
 * Everything else is the contract's own (JDK proxies over its two interfaces).
 */
final class ContractValidators {

    private ContractValidators() {
    }

    /** A schema object, by identity: the contract's schemas are parsed once and never change. */
    private record Same(JsonSchema schema) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }

    static OpenAPIContract caching(OpenAPIContract contract) {
        SchemaRepository repository = contract.getSchemaRepository();
        Map<Same, Validator> validators = new ConcurrentHashMap<>();
        SchemaRepository caching = (SchemaRepository) Proxy.newProxyInstance(ContractValidators.class.getClassLoader(),
                new Class<?>[] {SchemaRepository.class}, (proxy, method, args) -> {
                    if ("validator".equals(method.getName()) && args != null && args.length == 1 && args[0] instanceof JsonSchema schema) {
                        return validators.computeIfAbsent(new Same(schema), same -> repository.validator(schema));
                    }
                    return call(method, repository, args);
                });
        return (OpenAPIContract) Proxy.newProxyInstance(ContractValidators.class.getClassLoader(), new Class<?>[] {OpenAPIContract.class},
                (proxy, method, args) -> "getSchemaRepository".equals(method.getName()) && (args == null || args.length == 0)
                        ? caching : call(method, contract, args));
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
