package org.hearth.datastore.pages;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;

/**
 * A form's address asked for with GET (a reload of the page a refused form showed, a language
 * switch, a bookmark) leads back to the page the form is on, never to "Method not allowed".
 */
final class Reloads {

    private Reloads() {
    }

    static void mount(Router router) {
        back(router, "/account/import/jobs/:id/start", rc -> "/account/import");
        back(router, "/account/import/jobs/:id/discard", rc -> "/account/import");
        back(router, "/account/import/jobs/:id/retry", rc -> "/account/import/jobs/" + safe(rc.pathParam("id")));
        back(router, "/account/notices/:id/read", rc -> "/account");
        back(router, "/account/notifications/address", rc -> "/account/notifications");
        back(router, "/account/notifications/resend", rc -> "/account/notifications");
        back(router, "/account/records", rc -> "/account/records/new");
        back(router, "/account/records/:id/attachment", rc -> "/account/records/" + safe(rc.pathParam("id")));
        back(router, "/account/settings/language", rc -> "/account/settings");
        back(router, "/account/settings/password", rc -> "/account/settings");
        back(router, "/account/settings/tokens", rc -> "/account/settings");
        back(router, "/account/settings/time-zone", rc -> "/account/settings");
        back(router, "/account/settings/tokens/:id/revoke", rc -> "/account/settings");
        back(router, "/requests/:code/accept", rc -> "/requests/" + safe(rc.pathParam("code")));
        back(router, "/requests/:code/decline", rc -> "/requests/" + safe(rc.pathParam("code")));
    }

    private static void back(Router router, String path, Function<RoutingContext, String> page) {
        router.get(path).handler(rc -> Views.redirect(rc, page.apply(rc) + language(rc)));
    }

    /** A path segment as it may appear in a Location header: letters, digits and dashes only. */
    private static String safe(String segment) {
        return segment == null ? "" : segment.replaceAll("[^A-Za-z0-9-]", "");
    }

    private static String language(RoutingContext rc) {
        String lang = rc.queryParams().get("lang");
        return "en".equals(lang) || "fr".equals(lang) ? "?lang=" + lang : "";
    }
}
