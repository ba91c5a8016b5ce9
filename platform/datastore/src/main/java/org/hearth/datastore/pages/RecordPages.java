package org.hearth.datastore.pages;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.Record;
import org.hearth.datastore.Verification;
import org.hearth.datastore.agreements.AgreementService;
import org.hearth.datastore.records.RecordService;
import org.hearth.datastore.schemas.FieldError;
import org.hearth.datastore.schemas.RecordSchema;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;

/** {@code /account/records/{id}}: the record in words, its source and verification, change it, its history and file, delete it. */
final class RecordPages {

    private final Views kit;
    private final RecordService records;
    private final AgreementService agreements;
    private final long maxAttachmentBytes;

    RecordPages(Views kit, RecordService records, AgreementService agreements, long maxAttachmentBytes) {
        this.kit = kit;
        this.records = records;
        this.agreements = agreements;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    void mount(Router router) {
        var guard = kit.security().pageGuard(Access.INDIVIDUAL);
        var forms = BodyHandler.create(false).setBodyLimit(512 * 1024);
        router.get("/account/records/:id").handler(guard).handler(rc -> {
            Messages m = Messages.forRequest(rc);
            Record r = records.get(Calls.actor(rc), id(rc));
            view(rc, r, new JsonObject(r.dataJson()), List.of(), new PageModels.Outcome(null, Views.done(m, rc)));
        });
        router.post("/account/records/:id").handler(forms).handler(guard).handler(this::edit);
        router.get("/account/records/:id/delete").handler(guard).handler(this::confirmDelete);
        router.post("/account/records/:id/delete").handler(forms).handler(guard).handler(this::delete);
        router.post("/account/records/:id/attachment")
                .handler(MemoryUpload.reader(maxAttachmentBytes)).handler(guard).handler(this::upload);
    }

    /** The page for {@code r}, its form filled with {@code data} (the record's, or what was just posted) and {@code problems} shown. */
    private void view(RoutingContext rc, Record r, JsonObject data, List<FieldError> problems, PageModels.Outcome outcome) {
        Messages m = Messages.forRequest(rc);
        JsonObject stored = new JsonObject(r.dataJson());
        RecordSchema type = RecordForm.typeOf(records.schemas(), r.schema(), stored);
        Optional<RecordSchema> known = records.schemas().find(r.schema());
        Map<UUID, String> names = organisations(rc);
        String organisation = r.provenanceTenantId() == null ? null : names.getOrDefault(r.provenanceTenantId(), m.t("record.organisation.unknown"));
        String source = organisation != null ? m.t("record.provenance.by", organisation)
                : r.provenance().startsWith("import:") ? m.t("record.provenance.import", m.t("import.format." + r.provenance().substring(7)), m.date(r.createdAt()))
                : m.t("record.provenance.self");
        Optional<Verification> signed = Verification.of(r.verificationJws());
        boolean current = r.currentVerification().isPresent();
        // A record brought from another Hearth names no organisation of this one: the signature, checked
        // on arrival against its key at that Hearth, is told with the name that Hearth gave it.
        Record.Voucher voucher = r.voucher();
        String verification = signed.map(v -> organisation == null
                ? voucher != null && !voucher.organisation().isBlank()
                        ? m.t(current ? "record.verified.vouched" : "record.verified.vouchedEarlier", voucher.organisation(), host(voucher.origin()),
                                m.date(v.checkedAt()))
                        : m.t(current ? "record.verified.imported" : "record.verified.importedEarlier", m.date(v.checkedAt()))
                : current ? m.t("record.verified.current", organisation, m.date(v.checkedAt()))
                : m.t("record.verified.earlier", organisation, v.version(), m.date(v.checkedAt()))).orElse(null);
        List<PageModels.Input> inputs = RecordForm.inputs(m, type, data, problems);
        List<PageModels.VersionLine> versions = new ArrayList<>();
        for (Record.Version v : records.versions(Calls.actor(rc), r.id())) {
            versions.add(new PageModels.VersionLine(v.version(), m.dateTime(v.createdAt()), author(m, v, names), v.title(),
                    RecordValues.of(m, known, new JsonObject(v.dataJson()))));
        }
        kit.render(rc, m, r.title(), "record.jte", new PageModels.RecordView(m, kit.csrf(rc), r, type.title(m.language()),
                RecordValues.of(m, known, stored), source, verification, current, inputs, RecordForm.errorLinks(m, inputs),
                versions.reversed(), outcome));
    }

    /** A Hearth's address as a person reads it: its host name. */
    private static String host(String origin) {
        try {
            String host = java.net.URI.create(origin).getHost();
            return host == null ? origin : host;
        } catch (IllegalArgumentException e) {
            return origin;
        }
    }

    private static String author(Messages m, Record.Version v, Map<UUID, String> names) {
        return switch (v.authorKind()) {
            case "tenant" -> names.getOrDefault(Ids.parseOrNull(v.authorId()), m.t("record.organisation.unknown"));
            case "import" -> m.t("record.history.imported");
            default -> m.t("record.history.you");
        };
    }

    /** The organisations the person has or had agreements with, by id: how a record names who delivered it. */
    private Map<UUID, String> organisations(RoutingContext rc) {
        Map<UUID, String> names = new java.util.HashMap<>();
        for (Agreement a : agreements.list(Calls.actor(rc))) {
            names.putIfAbsent(a.tenantId(), a.tenantName());
        }
        return names;
    }

    private void edit(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        var form = rc.request().formAttributes();
        Record r = records.get(Calls.actor(rc), id(rc));
        JsonObject stored = new JsonObject(r.dataJson());
        RecordSchema type = RecordForm.typeOf(records.schemas(), r.schema(), stored);
        JsonObject data = RecordForm.data(type, form, stored);
        String title = DashboardPages.title(m, type, form.get("title"), data);
        Integer version = parseVersion(form.get("version"));
        if (version == null || version != r.version()) {
            rc.response().setStatusCode(409);
            view(rc, r, stored, List.of(), new PageModels.Outcome(m.t("record.stale"), null));
            return;
        }
        List<FieldError> problems = records.schemas().problems(r.schema(), data);
        if (!problems.isEmpty()) {
            rc.response().setStatusCode(422);
            view(rc, r, data, problems, PageModels.Outcome.NONE);
            return;
        }
        try {
            records.update(Calls.context(rc, "page.records.update"), r.id(), version,
                    new Record.Content(r.schema(), r.category(), title, data.encode()));
            Views.redirect(rc, "/account/records/" + r.id() + "?done=record-saved");
        } catch (HearthException e) {
            boolean stale = e.code() == ErrorCode.PRECONDITION_FAILED;
            rc.response().setStatusCode(stale ? 409 : e.code().status());
            view(rc, stale ? records.get(Calls.actor(rc), r.id()) : r, stale ? stored : data, List.of(),
                    new PageModels.Outcome(stale ? m.t("record.stale") : e.detail(), null));
        }
    }

    private static Integer parseVersion(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void confirmDelete(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        Record r = records.get(Calls.actor(rc), id(rc));
        List<String> consequences = new ArrayList<>(List.of(m.t("confirm.record.history"), m.t("confirm.record.organisations"),
                m.t("confirm.record.final")));
        if (r.attachment() != null) {
            consequences.add(0, m.t("confirm.record.file", r.attachment().filename()));
        }
        kit.render(rc, m, m.t("confirm.record.title"), "confirm.jte", new PageModels.Confirm(m, kit.csrf(rc),
                m.t("confirm.record.question", r.title()), consequences, "/account/records/" + r.id() + "/delete",
                m.t("confirm.record.button"), "/account/records/" + r.id()));
    }

    private void delete(RoutingContext rc) {
        if (!"yes".equals(rc.request().getFormAttribute("confirmed"))) {
            Views.redirect(rc, "/account/records/" + id(rc) + "/delete");
            return;
        }
        records.delete(Calls.context(rc, "page.records.delete"), id(rc));
        Views.redirect(rc, "/account?done=record-deleted");
    }

    private void upload(RoutingContext rc) {
        byte[] content = MemoryUpload.file(rc);
        if (MemoryUpload.tooLarge(rc)) {
            throw new HearthException(ErrorCode.PAYLOAD_TOO_LARGE, "A file may be at most " + maxAttachmentBytes + " bytes.");
        }
        if (content == null || MemoryUpload.filename(rc) == null || MemoryUpload.filename(rc).isBlank()) {
            Record r = records.get(Calls.actor(rc), id(rc));
            rc.response().setStatusCode(422);
            view(rc, r, new JsonObject(r.dataJson()), List.of(), new PageModels.Outcome(Messages.forRequest(rc).t("record.attachment.choose"), null));
            return;
        }
        records.putAttachment(Calls.context(rc, "page.records.attach"), id(rc), MemoryUpload.filename(rc), MemoryUpload.contentType(rc), content);
        Views.redirect(rc, "/account/records/" + id(rc) + "?done=file-attached");
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw new HearthException(ErrorCode.NOT_FOUND, "You have no record with this id.");
        }
        return id;
    }
}
