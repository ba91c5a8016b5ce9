package org.hearth.datastore.pages;

import org.hearth.web.Calls;
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
import org.hearth.datastore.schemas.FieldError;
import org.hearth.datastore.schemas.RecordSchema;
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
        router.get("/account/records/new").handler(guard).handler(this::newRecord);
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
        kit.render(rc, m, m.t("dashboard.title"), "dashboard.jte", new PageModels.Dashboard(m, kit.csrf(rc), categories, unread, read, Views.done(m, rc)));
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
        RecordSchema type = records.schemas().find(form.get("type")).orElse(null);
        if (type == null) {
            chooser(rc);
            return;
        }
        JsonObject data = RecordForm.data(type, form, new JsonObject());
        String title = title(m, type, form.get("title"), data);
        List<FieldError> problems = records.schemas().problems(type.id(), data);
        if (problems.isEmpty()) {
            try {
                Record created = records.create(Calls.context(rc, "page.records.create"),
                        new Record.Content(type.id(), type.category(), title, data.encode()));
                Views.redirect(rc, "/account/records/" + created.id() + "?done=record-created");
                return;
            } catch (HearthException e) {
                rc.response().setStatusCode(e.code().status());
                newForm(rc, type, form.get("title"), data, List.of(), e.detail());
                return;
            }
        }
        rc.response().setStatusCode(422);
        newForm(rc, type, form.get("title"), data, problems, null);
    }

    /** The title typed, or one made from the type and its telling field ("Bank account — Monzo"). */
    static String title(Messages m, RecordSchema type, String typed, JsonObject data) {
        if (typed != null && !typed.isBlank()) {
            return typed.strip();
        }
        Object telling = type.titleField() == null ? null : data.getValue(type.titleField());
        String label = type.title(m.language());
        return telling == null || String.valueOf(telling).isBlank() ? label : m.t("record.defaultTitle", label, telling);
    }

    /** {@code /account/records/new}: the kinds of record one can add, each with what it holds; with {@code ?type=}, its form. */
    private void newRecord(RoutingContext rc) {
        RecordSchema type = records.schemas().find(rc.queryParams().get("type")).orElse(null);
        if (type == null) {
            chooser(rc);
        } else {
            newForm(rc, type, "", new JsonObject(), List.of(), null);
        }
    }

    private void chooser(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        List<PageModels.TypeChoice> types = records.schemas().all().stream().filter(t -> !t.importedOnly()).map(s -> new PageModels.TypeChoice(
                "/account/records/new?type=" + java.net.URLEncoder.encode(s.id(), java.nio.charset.StandardCharsets.UTF_8),
                s.title(m.language()), s.description(m.language()))).toList();
        kit.render(rc, m, m.t("record.new"), "choose-type.jte", new PageModels.ChooseType(m, types));
    }

    private void newForm(RoutingContext rc, RecordSchema type, String title, JsonObject data, List<FieldError> problems, String error) {
        Messages m = Messages.forRequest(rc);
        List<PageModels.Input> inputs = RecordForm.inputs(m, type, data, problems);
        kit.render(rc, m, m.t("record.new.of", type.title(m.language())), "new-record.jte", new PageModels.NewRecord(m, kit.csrf(rc),
                type.id(), type.description(m.language()), title == null ? "" : title, inputs, RecordForm.errorLinks(m, inputs),
                new PageModels.Outcome(error, null)));
    }
}
