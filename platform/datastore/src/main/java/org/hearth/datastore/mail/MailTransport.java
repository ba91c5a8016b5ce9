package org.hearth.datastore.mail;

import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.hearth.kernel.config.MailConfig;

/** Where a rendered mail goes: an SMTP server, or nowhere but the local outbox. */
interface MailTransport extends AutoCloseable {

    /** Whether mail is kept for the local outbox instead of sent. */
    boolean local();

    /** Sends one mail, blocking the (virtual) calling thread until the server took it or refused. */
    void send(String to, String subject, String text) throws Exception;

    @Override
    void close();

    static MailTransport of(Vertx vertx, MailConfig config) {
        return config.smtp().<MailTransport>map(smtp -> new Smtp(vertx, smtp, config.from())).orElseGet(Local::new);
    }

    /** No SMTP configured: the worker keeps each mail for {@code /staff/outbox}. */
    final class Local implements MailTransport {
        @Override
        public boolean local() {
            return true;
        }

        @Override
        public void send(String to, String subject, String text) {
            throw new IllegalStateException("the local outbox sends nothing");
        }

        @Override
        public void close() {
        }
    }

    /** SMTP through the Vert.x mail client (pooled connections, STARTTLS or TLS, AUTH when a user is set). */
    final class Smtp implements MailTransport {

        /** One plain address: nothing a header could split into two recipients or a new line. */
        private static final Pattern PLAIN = Pattern.compile("[^@\\s,;<>\"()\\[\\]\\\\]{1,64}@[^@\\s,;<>\"()\\[\\]\\\\]{1,189}");

        private final MailClient client;
        private final String from;

        Smtp(Vertx vertx, MailConfig.Smtp smtp, String from) {
            var options = new io.vertx.ext.mail.MailConfig().setHostname(smtp.host()).setPort(smtp.port())
                    .setSsl(smtp.security() == MailConfig.Security.TLS)
                    .setStarttls(smtp.security() == MailConfig.Security.STARTTLS ? StartTLSOptions.REQUIRED : StartTLSOptions.DISABLED)
                    .setLogin(smtp.user().isPresent() ? LoginOption.REQUIRED : LoginOption.DISABLED)
                    .setKeepAlive(true).setMaxPoolSize(2);
            smtp.user().ifPresent(options::setUsername);
            smtp.password().ifPresent(options::setPassword);
            this.client = MailClient.createShared(vertx, options, "hearth-mail");
            this.from = from;
        }

        @Override
        public boolean local() {
            return false;
        }

        @Override
        public void send(String to, String subject, String text) throws Exception {
            if (!PLAIN.matcher(to).matches()) {
                throw new IllegalArgumentException("not a plain address");
            }
            MailMessage message = new MailMessage().setFrom(from).setTo(to).setSubject(subject).setText(text);
            client.sendMail(message).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
