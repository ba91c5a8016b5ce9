package org.hearth.web.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import org.hearth.kernel.actor.Actor;
import org.hearth.web.request.RequestActor;

/**
 * Builds the {@link Frame} of a page from the request: the signed-in actor's navigation (with
 * the current page marked) and the session's CSRF token for the sign-out form; a visitor gets
 * no navigation and no sign-out. Each module's pages hold one.
 */
public final class Frames {

    private final PageSession session;

    public Frames(PageSession session) {
        this.session = session;
    }

    public String csrf(RoutingContext rc) {
        return session.csrfToken(rc);
    }

    /** A page whose heading is its title. */
    public Frame of(RoutingContext rc, Messages m, String title) {
        return of(rc, m, title, title, null);
    }

    public Frame of(RoutingContext rc, Messages m, String title, String heading, String context) {
        Optional<Actor> actor = RequestActor.of(rc);
        String path = rc.request().path();
        return new Frame(m, title, heading, actor.map(a -> Navigation.of(a, m, path)).orElse(List.of()),
                actor.isPresent() ? session.csrfToken(rc) : null, path, context, done(m, rc));
    }

    /**
     * The notice of what the last action did, named by the {@code done} query parameter the action
     * redirected with ({@code ?done=year-closed}): a key of the message bundle ({@code done.<key>}),
     * never text from the address; null when there is none or the key names no notice.
     */
    public static String done(Messages m, RoutingContext rc) {
        String key = rc.queryParams().get("done");
        return key == null || !key.matches("[a-z-]{1,40}") ? null : m.tOr("done." + key, null);
    }

    /** Renders {@code body} in the layout and answers with it. */
    public void send(RoutingContext rc, Frame frame, gg.jte.Content body) {
        Layout.send(rc, frame, body);
    }
}
