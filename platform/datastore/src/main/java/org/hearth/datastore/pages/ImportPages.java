package org.hearth.datastore.pages;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.UUID;
import org.hearth.datastore.imports.ImportException;
import org.hearth.datastore.imports.ImportJob;
import org.hearth.datastore.imports.ImportJobs;
import org.hearth.datastore.imports.Imports;
import org.hearth.datastore.schemas.RecordSchemas;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;

/**
 * {@code /account/import}: the person uploads a file exported from elsewhere, sees what records it
 * will become, and confirms. The upload is read in memory only (never to a temporary file); what
 * it becomes is kept sealed under the person's key until they confirm or change their mind. A
 * file of up to {@link ImportJobs#PART} records is added at once; a larger one in the background,
 * on {@code /account/import/jobs/{id}} with its progress (without JavaScript, "Check again"
 * reloads it; {@code hearth.js} only refreshes it in place) and a notice when done.
 */
final class ImportPages {

    private static final int SHOWN = 20;

    private final Views kit;
    private final Imports imports;
    private final ImportJobs jobs;
    private final RecordSchemas schemas;

    ImportPages(Views kit, Imports imports, ImportJobs jobs, RecordSchemas schemas) {
        this.kit = kit;
        this.imports = imports;
        this.jobs = jobs;
        this.schemas = schemas;
    }

    void mount(Router router) {
        var guard = kit.security().pageGuard(Access.INDIVIDUAL);
        var forms = BodyHandler.create(false).setBodyLimit(16 * 1024);
        router.get("/account/import").handler(guard).handler(rc -> form(rc, null));
        router.post("/account/import").handler(MemoryUpload.reader(Imports.MAX_BYTES)).handler(guard).handler(this::preview);
        router.get("/account/import/jobs/:id").handler(guard).handler(this::job);
        router.post("/account/import/jobs/:id/start").handler(forms).handler(guard).handler(this::start);
        router.post("/account/import/jobs/:id/discard").handler(forms).handler(guard).handler(rc -> {
            UUID id = id(rc);
            // A preview confirmed meanwhile (another tab, the back button) is not undone: its page says how it stands.
            Views.redirect(rc, jobs.discard(Calls.context(rc, "page.records.import.discard"), id) ? "/account/import?done=import-discarded"
                    : "/account/import/jobs/" + id);
        });
        router.post("/account/import/jobs/:id/retry").handler(forms).handler(guard).handler(rc -> {
            ImportJob job = jobs.retry(Calls.context(rc, "page.records.import.retry"), id(rc));
            Views.redirect(rc, "/account/import/jobs/" + job.id() + "?done=import-started");
        });
    }

    private void form(RoutingContext rc, String error) {
        Messages m = Messages.forRequest(rc);
        if (error != null) {
            rc.response().setStatusCode(422);
        }
        List<PageModels.Option> formats = Imports.formats().stream()
                .map(code -> new PageModels.Option(m.t("import.format." + code), m.t("import.example." + code))).toList();
        List<PageModels.ImportJobView> recent = jobs.recent(Calls.actor(rc)).stream().map(j -> view(m, j)).toList();
        kit.render(rc, m, m.t("import.title"), "import.jte", new PageModels.ImportForm(m, kit.csrf(rc), formats, error, recent, Views.done(m, rc)));
    }

    private void preview(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        if (MemoryUpload.tooLarge(rc)) {
            form(rc, m.t("import.error.tooLarge"));
            return;
        }
        byte[] file = MemoryUpload.file(rc);
        String filename = MemoryUpload.filename(rc);
        try {
            Imports.Preview preview = imports.preview(filename, file == null ? new byte[0] : file, m.zone());
            ImportJob job = jobs.propose(Calls.context(rc, "page.records.import.preview"), preview);
            List<PageModels.Option> shown = preview.records().stream().limit(SHOWN)
                    .map(r -> new PageModels.Option(r.title(), schemas.find(r.schema()).map(s -> s.title(m.language())).orElse(r.schema()))).toList();
            kit.render(rc, m, m.t("import.preview.title"), "import-preview.jte", new PageModels.ImportPreview(m, kit.csrf(rc),
                    m.t("import.format." + preview.format()), preview.records().size(), shown, job.id().toString(), job.parts() > 1));
        } catch (ImportException e) {
            form(rc, m.t("import.error." + e.reason()));
        }
    }

    private void start(RoutingContext rc) {
        ImportJob job = jobs.start(Calls.context(rc, "page.records.import"), id(rc));
        Views.redirect(rc, job.state() == ImportJob.State.DONE && job.parts() == 1 ? "/account?done=imported"
                : "/account/import/jobs/" + job.id() + "?done=import-started");
    }

    private void job(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        ImportJob job = jobs.mine(Calls.actor(rc), id(rc)).filter(j -> j.state() != ImportJob.State.PROPOSED).orElseThrow(ImportPages::notFound);
        kit.render(rc, m, m.t("import.job.title"), "import-job.jte", new PageModels.ImportJobPage(m, kit.csrf(rc), view(m, job), Views.done(m, rc)));
    }

    private static PageModels.ImportJobView view(Messages m, ImportJob job) {
        String format = m.t("import.format." + job.format());
        String words = switch (job.state()) {
            case DONE -> m.t("import.job.done", format, job.total(), m.dateTime(job.finishedAt()));
            case FAILED -> m.t("import.job.failed", format, job.done(), job.total());
            default -> m.t("import.job.importing", format, job.done(), job.total(), job.percent());
        };
        return new PageModels.ImportJobView(job.id().toString(), job.state().name().toLowerCase(java.util.Locale.ROOT), job.percent(), words,
                m.dateTime(job.requestedAt()));
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw notFound();
        }
        return id;
    }

    private static HearthException notFound() {
        return new HearthException(ErrorCode.NOT_FOUND, "You have no import with this id.");
    }
}
