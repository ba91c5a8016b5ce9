package org.hearth.web.audit;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hearth.web.Calls;
import org.hearth.web.pages.Html;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /staff/audit}: the audit trail for operators, with the API's filters, a table and paging. */
public final class AuditPage {

    static final String PATH = "/staff/audit";
    private static final String[] FILTERS = {"actor", "tenant", "operation", "from", "to", "limit"};

    private final AuditTrail trail;
    private final Security security;

    public AuditPage(AuditTrail trail, Security security) {
        this.trail = trail;
        this.security = security;
    }

    public void mount(Router router) {
        router.get(PATH).handler(security.pageGuard(Access.OPERATOR)).handler(this::show);
    }

    private void show(RoutingContext rc) {
        AuditQuery query = AuditQuery.parse(name -> rc.queryParams().get(name));
        AuditTrail.Page page = trail.list(Calls.context(rc, "page.staff.audit"), query);
        StringBuilder body = new StringBuilder("<p><a href=\"/staff\">Staff</a></p><h1>Audit trail</h1>")
                .append("<p>Every write: who acted, which operation, in which request. Ids only; newest first.</p>");
        filters(rc, body);
        table(page, body);
        page.nextBefore().ifPresent(before -> body.append("<p><a id=\"older\" href=\"").append(Html.esc(olderLink(rc, before)))
                .append("\">Older entries</a></p>"));
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end(Html.page("Audit trail", body.toString()));
    }

    private static void filters(RoutingContext rc, StringBuilder body) {
        body.append("<form method=\"get\" action=\"").append(PATH).append("\" id=\"filters\">");
        for (String name : FILTERS) {
            String value = Optional.ofNullable(rc.queryParams().get(name)).orElse("");
            body.append("<label for=\"").append(name).append("\">").append(name).append("</label> <input id=\"").append(name)
                    .append("\" name=\"").append(name).append("\" value=\"").append(Html.esc(value)).append("\"> ");
        }
        body.append("<button type=\"submit\">Filter</button></form>");
    }

    private static void table(AuditTrail.Page page, StringBuilder body) {
        if (page.items().isEmpty()) {
            body.append("<p id=\"empty\">No entry matches.</p>");
            return;
        }
        body.append("<table id=\"audit\"><thead><tr><th>id</th><th>at</th><th>actor kind</th><th>actor id</th><th>person</th>")
                .append("<th>credential</th><th>operation</th><th>request id</th><th>tenant</th><th>scope</th></tr></thead><tbody>");
        for (AuditEntry e : page.items()) {
            body.append("<tr>");
            cell(body, String.valueOf(e.id()));
            cell(body, e.at().toString());
            cell(body, e.actorKind());
            cell(body, e.actorId().toString());
            cell(body, e.actorPerson().map(Object::toString).orElse(""));
            cell(body, e.credential());
            cell(body, e.operation());
            cell(body, e.requestId());
            cell(body, e.tenantId().map(Object::toString).orElse(""));
            cell(body, e.scope());
            body.append("</tr>");
        }
        body.append("</tbody></table>");
    }

    private static void cell(StringBuilder body, String text) {
        body.append("<td>").append(Html.esc(text)).append("</td>");
    }

    /** The same filters, one page further back. */
    private static String olderLink(RoutingContext rc, long before) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = rc.queryParams().get(name);
            if (value != null && !value.isBlank()) {
                params.put(name, value);
            }
        }
        params.put("before", String.valueOf(before));
        StringBuilder link = new StringBuilder(PATH).append('?');
        params.forEach((k, v) -> link.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return link.substring(0, link.length() - 1);
    }
}
