package org.hearth.reporting.transparency;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.hearth.web.Calls;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.PageSession;
import org.hearth.web.pages.Templates;

/** {@code GET /transparency}: the public page, for anyone, signed in or not, in the reader's language. */
public final class TransparencyPage {

    static final String PATH = "/transparency";
    private static final Templates TEMPLATES = Templates.precompiled(TransparencyPage.class, "org.hearth.reporting.jte");

    private final Frames frames;
    private final Transparency transparency;

    public TransparencyPage(PageSession session, Transparency transparency) {
        this.frames = new Frames(session);
        this.transparency = transparency;
    }

    public void mount(Router router) {
        router.get(PATH).handler(this::show);
    }

    private void show(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        TransparencyView view = TransparencyView.of(m, transparency.report(Calls.requestId(rc)));
        Layout.send(rc, frames.of(rc, m, m.t("transparency.title")), TEMPLATES.render("transparency.jte", view));
    }
}
