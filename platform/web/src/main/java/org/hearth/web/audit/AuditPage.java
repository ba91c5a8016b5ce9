package org.hearth.web.audit;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.web.Calls;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /staff/audit}: the audit trail for operators, with the API's filters, a table and paging. */
public final class AuditPage {

    static final String PATH = "/staff/audit";
    private static final String[] FILTERS = {"actor", "tenant", "operation", "from", "to", "limit"};

    private final AuditTrail trail;
    private final Security security;
    private final Frames frames;

    public AuditPage(AuditTrail trail, Security security) {
        this.trail = trail;
        this.security = security;
        this.frames = new Frames(security);
    }

    public void mount(Router router) {
        router.get(PATH).handler(security.pageGuard(Access.OPERATOR)).handler(this::show);
    }

    private void show(RoutingContext rc) {
        AuditQuery query = AuditQuery.parse(name -> rc.queryParams().get(name));
        AuditTrail.Page page = trail.list(Calls.context(rc, "page.staff.audit"), query);
        Messages m = Messages.forRequest(rc);
        List<Filter> filters = java.util.Arrays.stream(FILTERS)
                .map(name -> new Filter(name, Optional.ofNullable(rc.queryParams().get(name)).orElse(""))).toList();
        AuditView view = new AuditView(m, filters, page.items(), page.nextBefore().map(before -> olderLink(rc, before)).orElse(null));
        rc.response().putHeader("Cache-Control", "no-store");
        frames.send(rc, frames.of(rc, m, m.t("audit.title")), Layout.WEB.render("audit.jte", view));
    }

    /** One filter field of the form, with what was asked. */
    public record Filter(String name, String value) {
    }

    /** {@code audit.jte}'s model: the filters, the page of entries, the link one page further back (or null). */
    public record AuditView(Messages m, List<Filter> filters, List<AuditEntry> rows, String olderLink) {
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
