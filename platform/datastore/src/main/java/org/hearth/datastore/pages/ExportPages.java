package org.hearth.datastore.pages;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.datastore.portability.ExportJob;
import org.hearth.datastore.portability.ExportJobs;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;

/**
 * {@code /account/export}: a copy of all one's data, prepared in the background with its progress
 * shown (the page works without JavaScript: "Check again" reloads it; {@code hearth.js} only
 * refreshes the progress in place), then downloaded for 7 days.
 */
final class ExportPages {

    private final Views kit;
    private final ExportJobs jobs;

    ExportPages(Views kit, ExportJobs jobs) {
        this.kit = kit;
        this.jobs = jobs;
    }

    void mount(Router router) {
        var guard = kit.security().pageGuard(Access.INDIVIDUAL);
        var forms = BodyHandler.create(false).setBodyLimit(16 * 1024);
        router.get("/account/export").handler(guard).handler(this::show);
        router.post("/account/export").handler(forms).handler(guard).handler(rc -> {
            jobs.request(Calls.context(rc, "page.export.request"));
            Views.redirect(rc, "/account/export?done=export-started");
        });
        router.get("/account/export/:id/archive").handler(guard).handler(this::download);
    }

    private void show(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        ExportJob job = jobs.latest(Calls.actor(rc)).orElse(null);
        PageModels.ExportView view = job == null ? null : new PageModels.ExportView(job.id().toString(), job.ready(), job.failed(), job.percent(),
                job.ready() ? m.t("export.ready", m.dateTime(job.readyAt()), m.date(job.expiresAt()))
                        : job.failed() ? m.t("export.failed")
                        : m.t("export.preparing", job.done(), Math.max(job.total(), job.done()), job.percent()));
        kit.render(rc, m, m.t("export.title"), "export.jte", new PageModels.Export(m, kit.csrf(rc), view, Views.done(m, rc)));
    }

    private void download(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no copy ready with this id.");
        }
        byte[] archive = jobs.archive(Calls.context(rc, "page.export.download"), id);
        rc.response().putHeader("Content-Type", "application/zip")
                .putHeader("Content-Disposition", "attachment; filename=\"hearth-export-" + LocalDate.now() + ".zip\"")
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(archive));
    }
}
