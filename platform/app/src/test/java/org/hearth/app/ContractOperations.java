package org.hearth.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/** The operations of the published contract (openapi.yaml), read as a client would read them. */
record ContractOperations(List<Operation> all) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    record Operation(String id, String method, String path, String access, Map<String, Object> spec) {
    }

    @SuppressWarnings("unchecked")
    static ContractOperations load() {
        try (InputStream in = ContractOperations.class.getResourceAsStream("/openapi.yaml")) {
            Map<String, Object> doc = new Yaml().load(in);
            List<Operation> all = new ArrayList<>();
            ((Map<String, Map<String, Object>>) doc.get("paths")).forEach((path, item) -> item.forEach((method, op) -> {
                if (METHODS.contains(method)) {
                    Map<String, Object> spec = (Map<String, Object>) op;
                    all.add(new Operation((String) spec.get("operationId"), method.toUpperCase(Locale.ROOT), path,
                            String.valueOf(spec.get("x-hearth-access")), spec));
                }
            }));
            return new ContractOperations(List.copyOf(all));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> ids() {
        return all.stream().map(Operation::id).toList();
    }
}
