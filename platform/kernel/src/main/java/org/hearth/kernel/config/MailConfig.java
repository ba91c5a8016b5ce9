package org.hearth.kernel.config;

import java.util.Optional;

/**
 * How mail leaves the platform: through an SMTP server ({@code HEARTH_SMTP_*}), or, with none
 * configured (the embedded default), into the local outbox that operators read on
 * {@code /staff/outbox}.
 */
public record MailConfig(Optional<Smtp> smtp, String from) {

    /** How the connection to the SMTP server is secured. */
    public enum Security { STARTTLS, TLS, NONE }

    public record Smtp(String host, int port, Optional<String> user, Optional<String> password, Security security) {
        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + ", user=" + user.orElse("-") + ", password=***, security=" + security + "]";
        }
    }

    public static MailConfig localOnly() {
        return new MailConfig(Optional.empty(), "Hearth <no-reply@localhost>");
    }
}
