package org.hearth.datastore.pages;

import org.hearth.web.Calls;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hearth.datastore.Categories;
import org.hearth.datastore.IndividualNotices;
import org.hearth.datastore.Record;
import org.hearth.datastore.records.RecordService;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /account}: the records by category; {@code /account/records/new}: add one. */
final class DashboardPages {

    private final Views kit;
    private final RecordService records;
    private final IndividualNotices notices;

    DashboardPages(Views kit, RecordService records, IndividualNotices notices) {
        this.kit = kit;
        this.records = records;
        this.notices = notices;
    }

    void mount(Router router) {
        var guard = kit.security().pageGuard(Access.INDIVIDUAL);
        router.get("/account").handler(guard).handler(this::dashboard);
        router.get("/account/records/new").handler(guard).handler(rc -> newForm(rc, null, "hearth:note/v1", "dpv-pd:Preference", "", "{}"));
        router.post("/account/notices/:id/read").handler(BodyHandler.create(false).setBodyLimit(16 * 1024)).handler(guard).handler(this::markRead);
        router.post("/account/records").handler(BodyHandler.create(false).setBodyLimit(512 * 1024)).handler(guard).handler(this::create);
    }

    private void dashboard(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        Map<String, List<Record>> byCategory = new TreeMap<>();
        records.list(Calls.actor(rc), null, null, null, 200).forEach(r -> byCategory.computeIfAbsent(r.category(), c -> new java.util.ArrayList<>()).add(r));
        List<PageModels.Category> categories = byCategory.entrySet().stream().map(e -> new PageModels.Category(
                e.getKey().replace(':', '-'), Categories.label(e.getKey(), m.language()), e.getValue())).toList();
        List<PageModels.NoticeLine> unread = new java.util.ArrayList<>();
        List<PageModels.NoticeLine> read = new java.util.ArrayList<>();
        for (IndividualNotices.Notice n : notices.mine(Calls.actor(rc))) {
            var line = new PageModels.NoticeLine(n.id(), n.text(m.language()), m.dateTime(n.createdAt()), n.readAt() == null ? null : m.date(n.readAt()));
            (n.readAt() == null ? unread : read).add(line);
        }
        kit.render(rc, m, m.t("dashboard.title"), "dashboard.jte", new PageModels.Dashboard(m, kit.csrf(rc), categories, unread, read));
    }

    /** Marks a notice read: it leaves the banner and stays in the notices list. */
    private void markRead(RoutingContext rc) {
        UUID id = org.hearth.kernel.id.Ids.parseOrNull(rc.pathParam("id"));
        if (id == null || !notices.markRead(Calls.context(rc, "page.notices.read"), id)) {
            throw new HearthException(org.hearth.kernel.error.ErrorCode.NOT_FOUND, Messages.forRequest(rc).t("notices.unknown"));
        }
        Views.redirect(rc, "/account#notices");
    }

    private void create(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        var form = rc.request().formAttributes();
        try {
            Record created = records.create(Calls.context(rc, "page.records.create"), content(m, form.get("schema"), form.get("category"),
                    form.get("title"), form.get("data")));
            Views.redirect(rc, "/account/records/" + created.id());
        } catch (HearthException e) {
            newForm(rc, e.detail(), form.get("schema"), form.get("category"), form.get("title"), form.get("data"));
        }
    }

    /** Form fields to a record's content; the JSON must be an object. */
    static Record.Content content(Messages m, String schema, String category, String title, String data) {
        try {
            JsonObject json = new JsonObject(data == null || data.isBlank() ? "{}" : data);
            return new Record.Content(schema, category, title == null || title.isBlank() ? "—" : title.strip(), json.encode());
        } catch (DecodeException | ClassCastException e) {
            throw new HearthException(org.hearth.kernel.error.ErrorCode.VALIDATION_FAILED, m.t("record.badJson"));
        }
    }

    private void newForm(RoutingContext rc, String error, String schema, String category, String title, String data) {
        Messages m = Messages.forRequest(rc);
        rc.response().setStatusCode(error == null ? 200 : 422);
        kit.render(rc, m, m.t("record.new"), "new-record.jte", new PageModels.NewRecord(m, kit.csrf(rc),
                fields(m, schema, category, title, data), new PageModels.Outcome(error, null)));
    }

    /** The record form's fields, shared by the new and edit forms. */
    static PageModels.RecordFields fields(Messages m, String schema, String category, String title, String data) {
        List<PageModels.Option> options = new java.util.ArrayList<>();
        Categories.all().forEach(term -> options.add(new PageModels.Option(term, Categories.label(term, m.language()))));
        return new PageModels.RecordFields(m, schema, category, title, data, options);
    }
}
