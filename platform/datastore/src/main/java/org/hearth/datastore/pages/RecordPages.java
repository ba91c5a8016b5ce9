package org.hearth.datastore.pages;

import org.hearth.web.Calls;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.UUID;
import org.hearth.datastore.Record;
import org.hearth.datastore.records.RecordService;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /account/records/{id}}: view, edit (at the version shown), history, file, delete. */
final class RecordPages {

    private final Views kit;
    private final RecordService records;
    private final long maxAttachmentBytes;

    RecordPages(Views kit, RecordService records, long maxAttachmentBytes) {
        this.kit = kit;
        this.records = records;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    void mount(Router router) {
        var guard = kit.security().pageGuard(Access.INDIVIDUAL);
        var forms = BodyHandler.create(false).setBodyLimit(512 * 1024);
        router.get("/account/records/:id").handler(guard).handler(rc -> view(rc, null, null));
        router.post("/account/records/:id").handler(forms).handler(guard).handler(this::edit);
        router.post("/account/records/:id/delete").handler(forms).handler(guard).handler(this::delete);
        router.post("/account/records/:id/attachment")
                .handler(BodyHandler.create(System.getProperty("java.io.tmpdir") + "/hearth-uploads")
                        .setBodyLimit(maxAttachmentBytes + 64 * 1024).setDeleteUploadedFilesOnEnd(true))
                .handler(guard).handler(this::upload);
    }

    private void view(RoutingContext rc, String error, String notice) {
        Messages m = Messages.forRequest(rc);
        Record r = records.get(Calls.actor(rc), id(rc));
        String pretty = new JsonObject(r.dataJson()).encodePrettily();
        kit.render(rc, m, r.title(), "record.jte", new PageModels.RecordView(m, kit.csrf(rc), r, pretty,
                DashboardPages.fields(m, r.schema(), r.category(), r.title(), pretty), records.versions(Calls.actor(rc), r.id()),
                new PageModels.Outcome(error, notice)));
    }

    private void edit(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        var form = rc.request().formAttributes();
        try {
            int version = Integer.parseInt(form.get("version"));
            records.update(Calls.context(rc, "page.records.update"), id(rc), version,
                    DashboardPages.content(m, form.get("schema"), form.get("category"), form.get("title"), form.get("data")));
            Views.redirect(rc, "/account/records/" + id(rc));
        } catch (NumberFormatException e) {
            view(rc, m.t("record.stale"), null);
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code() == ErrorCode.PRECONDITION_FAILED ? 409 : 422);
            view(rc, e.code() == ErrorCode.PRECONDITION_FAILED ? m.t("record.stale") : e.detail(), null);
        }
    }

    private void delete(RoutingContext rc) {
        records.delete(Calls.context(rc, "page.records.delete"), id(rc));
        Views.redirect(rc, "/account");
    }

    private void upload(RoutingContext rc) {
        FileUpload file = rc.fileUploads().isEmpty() ? null : rc.fileUploads().getFirst();
        if (file == null) {
            view(rc, Messages.forRequest(rc).t("record.attachment.choose"), null);
            return;
        }
        byte[] content = rc.vertx().fileSystem().readFileBlocking(file.uploadedFileName()).getBytes();
        records.putAttachment(Calls.context(rc, "page.records.attach"), id(rc), file.fileName(), file.contentType(), content);
        Views.redirect(rc, "/account/records/" + id(rc));
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no record with this id.");
        }
        return id;
    }
}
