package org.hearth.datastore.pages;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Base64;
import java.util.List;
import org.hearth.datastore.imports.ImportException;
import org.hearth.datastore.imports.Imports;
import org.hearth.datastore.schemas.RecordSchemas;
import org.hearth.web.Calls;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;

/**
 * {@code /account/import}: the person uploads a file exported from elsewhere, sees what records it
 * will become, and confirms. The upload is read into memory only (never to a temporary file); the
 * preview page carries it back in the confirmation form, so nothing is kept between the two steps.
 */
final class ImportPages {

    private static final int SHOWN = 20;

    private final Views kit;
    private final Imports imports;
    private final RecordSchemas schemas;

    ImportPages(Views kit, Imports imports, RecordSchemas schemas) {
        this.kit = kit;
        this.imports = imports;
        this.schemas = schemas;
    }

    void mount(Router router) {
        var guard = kit.security().pageGuard(Access.INDIVIDUAL);
        router.get("/account/import").handler(guard).handler(rc -> form(rc, null));
        router.post("/account/import").handler(MemoryUpload.reader(Imports.MAX_BYTES)).handler(guard).handler(this::preview);
        router.post("/account/import/confirm").handler(BodyHandler.create(false).setBodyLimit(Imports.MAX_BYTES * 4L / 3 + 64 * 1024))
                .handler(guard).handler(this::confirm);
    }

    private void form(RoutingContext rc, String error) {
        Messages m = Messages.forRequest(rc);
        if (error != null) {
            rc.response().setStatusCode(422);
        }
        List<PageModels.Option> formats = Imports.formats().stream()
                .map(code -> new PageModels.Option(m.t("import.format." + code), m.t("import.example." + code))).toList();
        kit.render(rc, m, m.t("import.title"), "import.jte", new PageModels.ImportForm(m, kit.csrf(rc), formats, error));
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
            Imports.Preview preview = imports.preview(filename, file == null ? new byte[0] : file);
            List<PageModels.Option> shown = preview.records().stream().limit(SHOWN)
                    .map(r -> new PageModels.Option(r.title(), schemas.find(r.schema()).map(s -> s.title(m.language())).orElse(r.schema()))).toList();
            kit.render(rc, m, m.t("import.preview.title"), "import-preview.jte", new PageModels.ImportPreview(m, kit.csrf(rc),
                    m.t("import.format." + preview.format()), preview.records().size(), shown, Base64.getEncoder().encodeToString(file),
                    filename == null ? "" : filename));
        } catch (ImportException e) {
            form(rc, m.t("import.error." + e.reason()));
        }
    }

    private void confirm(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        byte[] file;
        try {
            file = Base64.getDecoder().decode(String.valueOf(rc.request().getFormAttribute("file")));
        } catch (IllegalArgumentException e) {
            form(rc, m.t("import.error.unreadable"));
            return;
        }
        try {
            imports.commit(Calls.context(rc, "page.records.import"), rc.request().getFormAttribute("filename"), file);
            Views.redirect(rc, "/account?done=imported");
        } catch (ImportException e) {
            form(rc, m.t("import.error." + e.reason()));
        }
    }
}
