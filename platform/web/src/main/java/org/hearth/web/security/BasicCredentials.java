package org.hearth.web.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/** {@code Authorization: Basic} credentials (RFC 7617), for the few operations that take them outside pac4j. */
public record BasicCredentials(String username, String password) {

    public static Optional<BasicCredentials> parse(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** OAuth2 clients form-url-encode id and secret before Basic encoding (RFC 6749 §2.3.1). */
    public BasicCredentials formDecoded() {
        try {
            return new BasicCredentials(URLDecoder.decode(username, StandardCharsets.UTF_8), URLDecoder.decode(password, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "The Basic credentials are not valid form-url-encoding (RFC 6749, section 2.3.1).",
                    java.util.Map.of("error", "invalid_request"));
        }
    }

    @Override
    public String toString() {
        return "BasicCredentials[username=" + username + ", password=***]";
    }
}
