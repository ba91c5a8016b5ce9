package org.hearth.datastore.pages;

import io.vertx.ext.web.Router;
import java.util.List;
import java.util.function.Consumer;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.datastore.accounts.AccountService;
import org.hearth.datastore.records.RecordService;
import org.hearth.datastore.tokens.TokenService;
import org.hearth.web.security.Security;

/** Every page of the individual's side, ready to mount. */
public final class Pages {

    private Pages() {
    }

    public static List<Consumer<Router>> all(Security security, AccountService accounts, TokenService tokens, RecordService records,
                                             AccessLog log, long maxAttachmentBytes, AgreementService agreements, java.time.Clock clock,
                                             org.hearth.datastore.IndividualNotices notices, java.util.function.IntSupplier minimumCohort,
                                             org.hearth.datastore.mail.Mail mail, org.hearth.datastore.portability.ExportJobs exports,
                                             org.hearth.datastore.imports.ImportJobs imports, org.hearth.datastore.portability.MoveIn moveIn) {
        Views kit = new Views(security);
        return List.of(new SignupPages(kit, accounts)::mount, new MoveInPages(kit, accounts, moveIn)::mount, new DashboardPages(kit, records, notices)::mount,
                new RecordPages(kit, records, agreements, maxAttachmentBytes)::mount,
                new ImportPages(kit, new org.hearth.datastore.imports.Imports(records), imports, records.schemas())::mount, new AccessLogPages(kit, log, agreements, records)::mount,
                new SettingsPages(kit, tokens, accounts)::mount, new AgreementPages(kit, agreements, clock, minimumCohort, records)::mount,
                new NotificationPages(kit, mail.service(), mail.outbox().active())::mount, new OutboxPages(kit, mail.outbox())::mount, new ExportPages(kit, exports)::mount, Reloads::mount);
    }
}
