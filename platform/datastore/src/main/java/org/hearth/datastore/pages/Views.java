package org.hearth.datastore.pages;

import io.vertx.ext.web.RoutingContext;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Security;

/** The individual's pages' templates ({@code src/main/jte}) and the one layout they are shown in. */
final class Views {

    private static final Templates TEMPLATES = Templates.precompiled(Views.class, "org.hearth.datastore.pages.jte");

    private final Security security;
    private final Frames frames;

    Views(Security security) {
        this.security = security;
        this.frames = new Frames(security);
    }

    Security security() {
        return security;
    }

    String csrf(RoutingContext rc) {
        return frames.csrf(rc);
    }

    /** Renders {@code template} with {@code model} inside the layout, titled {@code title}. */
    void render(RoutingContext rc, Messages m, String title, String template, Object model) {
        // The individual's pages say what the last action did in their own body (see done()).
        Layout.send(rc, frames.of(rc, m, title).withoutDone(), TEMPLATES.render(template, model));
    }

    /**
     * The notice of what the last action did, named by the {@code done} query parameter the
     * action redirected with ({@code ?done=record-deleted}): a key of the message bundle, never text
     * from the address.
     */
    static String done(Messages m, RoutingContext rc) {
        return org.hearth.web.pages.Frames.done(m, rc);
    }

    static void redirect(RoutingContext rc, String location) {
        rc.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
