package org.hearth.web.pages;

import gg.jte.Content;
import gg.jte.output.StringOutput;
import io.vertx.ext.web.RoutingContext;

/**
 * The one layout of every page, of every area: a page is its own template's body inside
 * {@code layout.jte}, with the {@link Frame} saying title, language and navigation.
 */
public final class Layout {

    /** platform/web's own templates (layout, sign-in, errors, home, staff). */
    public static final Templates WEB = Templates.precompiled(Layout.class, "org.hearth.web.templates");

    private Layout() {
    }

    /** The whole page, as HTML. */
    public static String html(Frame frame, Content body) {
        StringOutput out = new StringOutput(4096);
        WEB.render("layout.jte", new LayoutModel(frame, body)).writeTo(out);
        return out.toString();
    }

    /** Answers with the page (the status, if not 200, is set by the caller before). Pages are never cached. */
    public static void send(RoutingContext rc, Frame frame, Content body) {
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end(html(frame, body));
    }

    /** The layout template's one parameter. */
    public record LayoutModel(Frame frame, Content body) {
    }
}
