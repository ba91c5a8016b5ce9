package org.hearth.reporting.gdpr;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;

/**
 * The Article 30 record of processing activities, from live data: the operator's own processing
 * as controller (with how many people each concerns) and, as processor, one entry per tenant's
 * data request. The texts are messages ({@code gdpr.ca.*}, {@code gdpr.measure.*}); this class
 * holds only what is true of the data and of the platform.
 */
public final class ProcessingRecord {

    /** The controller activities, in the order the record lists them. */
    public static final List<String> CONTROLLER_ACTIVITIES = List.of("accounts", "staff", "billing");

    /**
     * What the platform really does to protect the data (Art. 32), each a message
     * {@code gdpr.measure.<key>}: nothing listed here that the code does not do.
     */
    public static final List<String> SECURITY_MEASURES = List.of("encryption", "keys", "rls", "accessLog", "audit", "passwords",
            "tls", "pseudonyms", "erasure", "access");

    /** Countries inside the EU, the EEA or the UK: a tenant there receives data without a third-country transfer. */
    static final Set<String> EU_EEA_UK = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "GB");

    /** A controller activity and how many people it concerns today. */
    public record Activity(String key, long subjects) {
    }

    /** One data request of one tenant: the operator processes for the tenant what individuals agree to. */
    public record ProcessorEntry(UUID tenantId, String tenantName, String tenantCountry, UUID dataRequestId, String title,
                                 String purpose, List<String> categories, List<String> accessModes, String lawfulBasis,
                                 int retentionDays, int durationDays, boolean open, long liveAgreements) {

        /** True when the tenant is outside the EU, the EEA and the UK, so a delivery to it is a transfer. */
        public boolean transfer() {
            return tenantCountry != null && !EU_EEA_UK.contains(tenantCountry);
        }
    }

    public record Register(Controller controller, OffsetDateTime generatedAt, List<Activity> activities, List<ProcessorEntry> processor) {
    }

    private final Db db;
    private final Controller controller;
    private final Clock clock;
    private final ProcessingRepository repository = new ProcessingRepository();

    public ProcessingRecord(Db db, Controller controller, Clock clock) {
        this.db = db;
        this.controller = controller;
        this.clock = clock;
    }

    /** The record as of now; across every tenant, so under the explicit, audited system scope. */
    public Register register(CallContext ctx) {
        return db.system(ctx, dsl -> new Register(controller, OffsetDateTime.now(clock),
                List.of(new Activity("accounts", repository.individuals(dsl)), new Activity("staff", repository.staff(dsl)),
                        new Activity("billing", repository.billedTenants(dsl))),
                repository.processorEntries(dsl)));
    }
}
