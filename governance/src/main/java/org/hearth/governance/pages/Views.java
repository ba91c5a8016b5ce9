package org.hearth.governance.pages;

import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Security;

/** The governance pages' templates ({@code src/main/jte}), shown in the one layout; and how a form's change answers. */
final class Views {

    private static final Templates TEMPLATES = Templates.precompiled(Views.class, "org.hearth.governance.pages.jte");

    private final Frames frames;

    Views(Security security) {
        this.frames = new Frames(security);
    }

    String csrf(RoutingContext rc) {
        return frames.csrf(rc);
    }

    void send(RoutingContext rc, Messages m, String title, String template, Object model) {
        Layout.send(rc, frames.of(rc, m, title), TEMPLATES.render(template, model));
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
}
