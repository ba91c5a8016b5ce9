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
import org.hearth.datastore.Record;
import org.hearth.datastore.records.RecordService;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.pages.Html;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /account}: the records by category; {@code /account/records/new}: add one. */
final class DashboardPages {

    private final PageKit kit;
    private final RecordService records;

    DashboardPages(PageKit kit, RecordService records) {
        this.kit = kit;
        this.records = records;
    }

    void mount(Router router) {
        var guard = kit.security().pageGuard(Access.INDIVIDUAL);
        router.get("/account").handler(guard).handler(this::dashboard);
        router.get("/account/records/new").handler(guard).handler(rc -> newForm(rc, null, "hearth:note/v1", "dpv-pd:Preference", "", "{}"));
        router.post("/account/records").handler(BodyHandler.create(false).setBodyLimit(512 * 1024)).handler(guard).handler(this::create);
    }

    private void dashboard(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        Map<String, List<Record>> byCategory = new TreeMap<>();
        records.list(Calls.actor(rc), null, null, null, 200).forEach(r -> byCategory.computeIfAbsent(r.category(), c -> new java.util.ArrayList<>()).add(r));
        StringBuilder body = new StringBuilder("<h1>").append(m.h("dashboard.title")).append("</h1>")
                .append("<p><a href=\"/account/records/new\">").append(m.h("dashboard.add")).append("</a></p>");
        if (byCategory.isEmpty()) {
            body.append("<p id=\"empty\">").append(m.h("dashboard.empty")).append("</p>");
        }
        byCategory.forEach((category, list) -> {
            body.append("<section aria-labelledby=\"cat-").append(Html.esc(category.replace(':', '-'))).append("\"><h2 id=\"cat-")
                    .append(Html.esc(category.replace(':', '-'))).append("\">").append(Html.esc(Categories.label(category, m.language())))
                    .append(" (").append(list.size()).append(")</h2><ul>");
            list.forEach(r -> body.append("<li><a href=\"/account/records/").append(r.id()).append("\">").append(Html.esc(r.title()))
                    .append("</a>").append(r.attachment() == null ? "" : " 📎").append("</li>"));
            body.append("</ul></section>");
        });
        body.append("<p><a href=\"/api/v1/me/export\" download>").append(m.h("dashboard.export")).append("</a></p>")
                .append("<p><a href=\"/account/delete\">").append(m.h("dashboard.delete")).append("</a></p>");
        kit.render(rc, m, m.t("dashboard.title"), body.toString());
    }

    private void create(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        var form = rc.request().formAttributes();
        try {
            Record created = records.create(Calls.context(rc, "page.records.create"), content(m, form.get("schema"), form.get("category"),
                    form.get("title"), form.get("data")));
            PageKit.redirect(rc, "/account/records/" + created.id());
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
        String body = "<h1>" + m.h("record.new") + "</h1>" + (error == null ? "" : PageKit.error(m, error))
                + "<form method=\"post\" action=\"/account/records\">" + kit.csrf(rc) + fields(m, schema, category, title, data)
                + "<button type=\"submit\">" + m.h("record.create") + "</button></form>";
        rc.response().setStatusCode(error == null ? 200 : 422);
        kit.render(rc, m, m.t("record.new"), body);
    }

    /** The record form's fields, shared by the new and edit forms. */
    static String fields(Messages m, String schema, String category, String title, String data) {
        StringBuilder options = new StringBuilder();
        for (String term : Categories.all()) {
            options.append("<option value=\"").append(Html.esc(term)).append("\"").append(term.equals(category) ? " selected" : "")
                    .append(">").append(Html.esc(Categories.label(term, m.language()))).append("</option>");
        }
        return "<label for=\"title\">" + m.h("record.title") + "</label><input id=\"title\" name=\"title\" type=\"text\" required maxlength=\"500\" value=\""
                + Html.esc(title) + "\">"
                + "<label for=\"category\">" + m.h("record.category") + "</label><select id=\"category\" name=\"category\">" + options + "</select>"
                + "<label for=\"schema\">" + m.h("record.schema") + "</label><input id=\"schema\" name=\"schema\" type=\"text\" required value=\""
                + Html.esc(schema) + "\">"
                + "<label for=\"data\">" + m.h("record.data") + "</label><textarea id=\"data\" name=\"data\">" + Html.esc(data) + "</textarea>";
    }
}
