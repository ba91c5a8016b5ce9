package org.hearth.governance.pages;

import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.pages.Html;
import org.hearth.web.security.Security;

/** The frame the governance pages share: navigation, messages, and sending. */
final class PageFrame {

    private final Security security;

    PageFrame(Security security) {
        this.security = security;
    }

    String csrf(RoutingContext rc) {
        return Html.hidden("pac4jCsrfToken", security.csrfToken(rc));
    }

    void send(RoutingContext rc, String title, String body) {
        String nav = "<nav aria-label=\"Governance\"><ul><li><a href=\"/staff\">Staff</a></li><li><a href=\"/board\">Board</a></li>"
                + "<li><a href=\"/board/resolutions\">Resolutions</a></li><li><a href=\"/governance/ledger\">Ledger</a></li></ul></nav>";
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end(Html.page("en", title, nav, "<h1>" + Html.esc(title) + "</h1>" + body));
    }

    /** Runs a change; on a refusal, answers with its status and the page showing why. */
    void change(RoutingContext rc, Runnable action, String back, java.util.function.BiConsumer<RoutingContext, String> page) {
        try {
            action.run();
            rc.response().setStatusCode(303).putHeader("Location", back).end();
        } catch (HearthException e) {
            if (e.code().status() == 401 || e.code().status() == 403) {
                throw e;
            }
            rc.response().setStatusCode(e.code().status());
            page.accept(rc, e.detail() + figures(e));
        }
    }

    private static String figures(HearthException e) {
        if (e.extensions().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" (");
        e.extensions().forEach((k, v) -> out.append(out.length() > 2 ? ", " : "").append(k).append(": ").append(v));
        return out.append(")").toString();
    }

    static String error(String message) {
        return message == null ? "" : "<p class=\"error\" role=\"alert\" id=\"error\">" + Html.esc(message) + "</p>";
    }
}
