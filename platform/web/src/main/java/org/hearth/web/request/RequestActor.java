package org.hearth.web.request;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import org.hearth.kernel.actor.Actor;

/**
 * The actor a guard admitted on this request, kept on the routing context. Only
 * {@code org.hearth.web.security}'s guards admit or drop one; anything may read it.
 */
public final class RequestActor {

    private static final String KEY = "hearth.caller";

    private RequestActor() {
    }

    public static void admit(RoutingContext rc, Actor actor) {
        rc.put(KEY, actor);
    }

    public static void drop(RoutingContext rc) {
        rc.remove(KEY);
    }

    /** The admitted actor; empty for a handler behind no guard, or one whose guard refused. */
    public static Optional<Actor> of(RoutingContext rc) {
        return Optional.ofNullable(rc.get(KEY));
    }
}
