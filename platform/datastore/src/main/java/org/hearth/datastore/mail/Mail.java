package org.hearth.datastore.mail;

import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.datastore.keys.DataKeys;
import org.hearth.kernel.config.MailConfig;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.hearth.kernel.db.Db;

/**
 * The mail feature, composed once: what individuals decide ({@link #service()}), the worker that
 * sends, and the local outbox staff read when no SMTP server is configured.
 */
public final class Mail {

    private final MailService service;
    private final MailWorker worker;
    private final MailOutbox outbox;

    private Mail(MailService service, MailWorker worker, MailOutbox outbox) {
        this.service = service;
        this.worker = worker;
        this.outbox = outbox;
    }

    /** @param publicBaseUrl where the links in mails lead (HEARTH_PUBLIC_BASE_URL) */
    public static Mail create(Db db, DataKeys keys, MasterKeyRing masters, LookupKey lookupKey, String emailPurpose, AccessLog log,
                              MailConfig config, String publicBaseUrl, Vertx vertx, Clock clock) {
        MailSeal seal = new MailSeal(keys, masters);
        MailTransport transport = vertx == null ? new MailTransport.Local() : MailTransport.of(vertx, config);
        return new Mail(new MailService(db, seal, lookupKey, emailPurpose, clock),
                new MailWorker(db, seal, new MailTexts(publicBaseUrl), transport, clock, Duration.ofMillis(500)),
                new MailOutbox(db, seal, log, transport.local()));
    }

    public MailService service() {
        return service;
    }

    public MailWorker worker() {
        return worker;
    }

    public MailOutbox outbox() {
        return outbox;
    }
}
