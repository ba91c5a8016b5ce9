package org.hearth.datastore.pages;

import io.vertx.ext.web.RoutingContext;
import org.hearth.web.pages.Html;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Security;

/** What every page of the individual's side shares: navigation, CSRF field, rendering. */
final class PageKit {

    private final Security security;

    PageKit(Security security) {
        this.security = security;
    }

    Security security() {
        return security;
    }

    String csrf(RoutingContext rc) {
        return Html.hidden("pac4jCsrfToken", security.csrfToken(rc));
    }

    String nav(RoutingContext rc, Messages m) {
        return "<nav aria-label=\"Hearth\"><ul>"
                + "<li><a href=\"/account\">" + m.h("nav.dashboard") + "</a></li>"
                + "<li><a href=\"/account/agreements\">" + m.h("nav.agreements") + "</a></li>"
                + "<li><a href=\"/account/access-log\">" + m.h("nav.accessLog") + "</a></li>"
                + "<li><a href=\"/account/settings\">" + m.h("nav.settings") + "</a></li>"
                + "<li><a href=\"?lang=" + m.other() + "\" lang=\"" + m.other() + "\">" + m.h("nav.language") + "</a></li>"
                + "<li><form method=\"post\" action=\"/logout\">" + csrf(rc) + "<button type=\"submit\">" + m.h("nav.signOut")
                + "</button></form></li></ul></nav>";
    }

    void render(RoutingContext rc, Messages m, String title, String body) {
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end(Html.page(m.language(), title, nav(rc, m), body));
    }

    static String error(Messages m, String detail) {
        return "<div class=\"error\" role=\"alert\"><p>" + m.h("error.form") + "</p><p>" + Html.esc(detail) + "</p></div>";
    }

    static String notice(String text) {
        return "<p class=\"notice\" role=\"status\">" + Html.esc(text) + "</p>";
    }

    static void redirect(RoutingContext rc, String location) {
        rc.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
