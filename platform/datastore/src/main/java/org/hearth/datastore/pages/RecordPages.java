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
import org.hearth.web.pages.Html;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /account/records/{id}}: view, edit (at the version shown), history, file, delete. */
final class RecordPages {

    private final PageKit kit;
    private final RecordService records;
    private final long maxAttachmentBytes;

    RecordPages(PageKit kit, RecordService records, long maxAttachmentBytes) {
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
        StringBuilder body = new StringBuilder("<h1>").append(Html.esc(r.title())).append("</h1>")
                .append(error == null ? "" : PageKit.error(m, error)).append(notice == null ? "" : PageKit.notice(notice))
                .append("<p>").append(m.h("record.version", r.version())).append(" · ")
                .append(m.h("self".equals(r.provenance()) ? "record.provenance.self" : "record.provenance.tenant")).append("</p>")
                .append(r.verificationJws() == null ? "" : "<p class=\"notice\" id=\"verified\">✔ " + m.h("record.verified", r.provenanceTenantId())
                        + " <a href=\"/api/v1/tenants/" + r.provenanceTenantId() + "/jwks.json\">" + m.h("record.verified.keys") + "</a></p>")
                .append("<pre id=\"record-data\">").append(Html.esc(new JsonObject(r.dataJson()).encodePrettily())).append("</pre>")
                .append("<form method=\"post\" action=\"/account/records/").append(r.id()).append("\">").append(kit.csrf(rc))
                .append(Html.hidden("version", String.valueOf(r.version())))
                .append(DashboardPages.fields(m, r.schema(), r.category(), r.title(), new JsonObject(r.dataJson()).encodePrettily()))
                .append("<button type=\"submit\">").append(m.h("record.save")).append("</button></form>")
                .append("<h2>").append(m.h("record.attachment")).append("</h2>");
        if (r.attachment() == null) {
            body.append("<p>").append(m.h("record.attachment.none")).append("</p>");
        } else {
            body.append("<p><a id=\"attachment-link\" href=\"/api/v1/me/records/").append(r.id()).append("/attachment\">")
                    .append(m.h("record.attachment.download", r.attachment().filename())).append("</a> (").append(r.attachment().sizeBytes()).append(" B)</p>");
        }
        body.append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"/account/records/").append(r.id()).append("/attachment\">")
                .append(kit.csrf(rc))
                .append("<label for=\"file\">").append(m.h("record.attachment.upload")).append("</label><input id=\"file\" name=\"file\" type=\"file\" required>")
                .append("<button type=\"submit\">").append(m.h("record.attachment.upload")).append("</button></form>")
                .append("<h2>").append(m.h("record.history")).append("</h2><ol>");
        records.versions(Calls.actor(rc), r.id()).forEach(v -> body.append("<li>").append(Html.esc(v.title())).append(" — ")
                .append(Html.esc(v.createdAt().toString())).append("</li>"));
        body.append("</ol><form method=\"post\" action=\"/account/records/").append(r.id()).append("/delete\">").append(kit.csrf(rc))
                .append("<button type=\"submit\">").append(m.h("record.delete")).append("</button></form>");
        kit.render(rc, m, r.title(), body.toString());
    }

    private void edit(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        var form = rc.request().formAttributes();
        try {
            int version = Integer.parseInt(form.get("version"));
            records.update(Calls.context(rc, "page.records.update"), id(rc), version,
                    DashboardPages.content(m, form.get("schema"), form.get("category"), form.get("title"), form.get("data")));
            PageKit.redirect(rc, "/account/records/" + id(rc));
        } catch (NumberFormatException e) {
            view(rc, m.t("record.stale"), null);
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code() == ErrorCode.PRECONDITION_FAILED ? 409 : 422);
            view(rc, e.code() == ErrorCode.PRECONDITION_FAILED ? m.t("record.stale") : e.detail(), null);
        }
    }

    private void delete(RoutingContext rc) {
        records.delete(Calls.context(rc, "page.records.delete"), id(rc));
        PageKit.redirect(rc, "/account");
    }

    private void upload(RoutingContext rc) {
        FileUpload file = rc.fileUploads().isEmpty() ? null : rc.fileUploads().getFirst();
        if (file == null) {
            view(rc, "Choose a file first.", null);
            return;
        }
        byte[] content = rc.vertx().fileSystem().readFileBlocking(file.uploadedFileName()).getBytes();
        records.putAttachment(Calls.context(rc, "page.records.attach"), id(rc), file.fileName(), file.contentType(), content);
        PageKit.redirect(rc, "/account/records/" + id(rc));
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no record with this id.");
        }
        return id;
    }
}
