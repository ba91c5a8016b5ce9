package org.hearth.app;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends one row of authorisation-requests.tsv as a given caller, its placeholders filled from
 * the {@link MatrixWorld}, optionally with one value replaced by a hostile one.
 */
final class TableCall {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+(?::[A-Za-z0-9]+)?)}");
    private static final AtomicInteger UNIQUE = new AtomicInteger(100);

    /**
     * One value replaced: {@code body:/json/pointer}, {@code form:field}, {@code query:name},
     * {@code path:n} (the n-th placeholder of the path) or {@code header:Name}.
     */
    record Mutation(String location, HostileValues.Value value) {
        @Override
        public String toString() {
            return location + " = " + value.name();
        }
    }

    private final MatrixWorld world;
    private final byte[] export;

    TableCall(MatrixWorld world, byte[] export) {
        this.world = world;
        this.export = export;
    }

    HttpResponse<String> send(ContractOperations.Operation op, MatrixRequests.Request request, MatrixWorld.Caller caller) {
        return send(op, request, caller, null);
    }

    HttpResponse<String> send(ContractOperations.Operation op, MatrixRequests.Request request, MatrixWorld.Caller caller, Mutation mutation) {
        List<String> headers = new ArrayList<>(List.of(caller.headers()));
        request.headers().forEach((name, value) -> header(headers, name, fill(value, caller)));
        String where = mutation == null ? "" : mutation.location();
        if (where.startsWith("header:")) {
            header(headers, where.substring(7), mutation.value().raw());
        }
        String body = request.body();
        String type = null;
        byte[] bytes = null;
        if (body.startsWith("json ")) {
            type = "application/json";
            String json = fill(body.substring(5), caller);
            if (where.startsWith("body:")) {
                json = HostileValues.replace(json, where.substring(5), mutation.value().json());
            }
            bytes = json.getBytes(StandardCharsets.UTF_8);
        } else if (body.startsWith("form ")) {
            type = "application/x-www-form-urlencoded";
            String form = fill(body.substring(5), caller);
            if (where.startsWith("form:")) {
                form = form.replaceFirst("(^|&)" + Pattern.quote(where.substring(5)) + "=[^&]*",
                        "$1" + where.substring(5) + "=" + Matcher.quoteReplacement(encode(mutation.value().raw())));
            }
            bytes = form.getBytes(StandardCharsets.UTF_8);
        } else if (body.startsWith("text ")) {
            type = "text/plain";
            bytes = body.substring(5).getBytes(StandardCharsets.UTF_8);
        } else if (body.equals("zip export")) {
            type = "application/zip";
            bytes = export;
        }
        return caller.http().send(op.method(), path(request.path(), caller, mutation), type, bytes, headers.toArray(String[]::new));
    }

    /** The places of a request a hostile value can go, for {@code op}. */
    List<String> locations(ContractOperations.Operation op, MatrixRequests.Request request, MatrixWorld.Caller caller) {
        List<String> out = new ArrayList<>();
        String body = request.body();
        if (body.startsWith("json ")) {
            String json = fill(body.substring(5), caller);
            HostileValues.pointers(new io.vertx.core.json.JsonObject(json), "").forEach(p -> out.add("body:" + p));
        } else if (body.startsWith("form ")) {
            for (String pair : body.substring(5).split("&")) {
                out.add("form:" + pair.substring(0, pair.indexOf('=')));
            }
        }
        Matcher m = PLACEHOLDER.matcher(request.path());
        for (int i = 0; m.find(); i++) {
            out.add("path:" + i);
        }
        Object parameters = op.spec().get("parameters");
        if (parameters instanceof List<?> list) {
            for (Object p : list) {
                if (p instanceof java.util.Map<?, ?> param && "query".equals(param.get("in"))) {
                    out.add("query:" + param.get("name"));
                }
            }
        }
        request.headers().keySet().forEach(h -> out.add("header:" + h));
        out.add("header:X-Request-Id");
        return out;
    }

    private String path(String template, MatrixWorld.Caller caller, Mutation mutation) {
        String where = mutation == null ? "" : mutation.location();
        if (where.startsWith("path:")) {
            int target = Integer.parseInt(where.substring(5));
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            for (int i = 0; m.find(); i++) {
                if (i == target) {
                    m.appendReplacement(out, Matcher.quoteReplacement(encode(mutation.value().raw())));
                }
            }
            m.appendTail(out);
            template = out.toString();
        }
        String path = fill(template, caller);
        if (where.startsWith("query:")) {
            String name = where.substring(6);
            path += (path.contains("?") ? "&" : "?") + name + "=" + encode(mutation.value().raw());
        }
        return path;
    }

    private static void header(List<String> headers, String name, String value) {
        for (int i = 0; i < headers.size(); i += 2) {
            if (headers.get(i).equalsIgnoreCase(name)) {
                headers.remove(i + 1);
                headers.remove(i);
                break;
            }
        }
        headers.add(name);
        headers.add(value);
    }

    private static String encode(String raw) {
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    String fill(String template, MatrixWorld.Caller caller) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        int unique = UNIQUE.incrementAndGet();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "unique" -> String.valueOf(unique);
                case "unique2" -> String.format("%02d", unique % 100);
                case "password" -> caller.password() == null ? "not an individual" : caller.password();
                case "basicNew" -> Http.basic("imported" + unique + "@matrix.example", "an imported account password");
                default -> name.startsWith("etag:") ? world.etag(world.ids.get(name.substring(5))) : world.ids.get(name);
            };
            if (value == null) {
                throw new IllegalArgumentException("unknown placeholder {" + name + "} in " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
