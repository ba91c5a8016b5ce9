package org.hearth.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.datastore.AttributeKeys;

/**
 * Organisations' public keys by the Hearth they belong to: this one's from its own tables, a
 * trusted one's ({@code HEARTH_TRUSTED_HEARTHS}) from its public {@code /api/v1/tenants/{id}/jwks.json},
 * any other's from nowhere. Only the operator's list is ever asked, never an address an archive
 * names by itself (which would let an uploaded file make this server call anywhere).
 */
final class OriginKeys implements AttributeKeys {

    private static final int MAX_BYTES = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OriginKeys.class);

    private final String self;
    private final List<String> trusted;
    private final Function<UUID, Optional<String>> local;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

    OriginKeys(String self, List<String> trusted, Function<UUID, Optional<String>> local) {
        this.self = normal(self);
        this.trusted = trusted.stream().map(OriginKeys::normal).toList();
        this.local = local;
    }

    @Override
    public String self() {
        return self;
    }

    @Override
    public Optional<String> jwks(String origin, UUID tenantId) {
        String at = normal(origin);
        if (at.isEmpty() || at.equals(self)) {
            return local.apply(tenantId);
        }
        if (!trusted.contains(at)) {
            return Optional.empty();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(at + "/api/v1/tenants/" + tenantId + "/jwks.json")).timeout(TIMEOUT)
                .header("Accept", "application/jwk-set+json, application/json").GET().build();
        // One deadline for the whole answer, body included: a slow sender cannot hold an import.
        java.util.concurrent.CompletableFuture<Optional<String>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> {
                    try (InputStream body = response.body()) {
                        if (response.statusCode() != 200) {
                            return Optional.<String>empty();
                        }
                        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                        return bytes.length > MAX_BYTES ? Optional.<String>empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        try {
            return answer.get(TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            answer.cancel(true);
            LOG.atWarn().addKeyValue("origin", at).log("a trusted Hearth's keys could not be fetched: " + e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String normal(String url) {
        String u = url == null ? "" : url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
