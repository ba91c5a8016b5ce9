package org.hearth.web.pages;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.web.request.RequestActor;

/**
 * The page a browser gets for a failure, in its language. English pages show the problem's own
 * detail; French pages show the French explanation of the status, since details come from the
 * services in English and no English may reach a French page.
 */
public record ErrorPage(Messages m, int status, String title, String detail, String requestId) {

    private static final List<Integer> EXPLAINED = List.of(400, 401, 403, 404, 405, 406, 409, 410, 412, 413, 414, 415, 422, 428,
            429, 431, 500, 503);

    public static ErrorPage of(Messages m, ErrorCode code, String detail, String requestId) {
        if ("en".equals(m.language())) {
            return new ErrorPage(m, code.status(), code.title(), detail == null ? code.title() : detail, requestId);
        }
        int status = EXPLAINED.contains(code.status()) ? code.status() : 500;
        return new ErrorPage(m, code.status(), m.t("error." + status + ".title"), m.t("error." + status + ".detail"), requestId);
    }

    /** The whole page, inside the layout: signed-in callers keep their navigation and sign-out. */
    public static String html(RoutingContext rc, ErrorCode code, String detail, String requestId) {
        Messages m = Messages.forRequest(rc);
        ErrorPage page = of(m, code, detail, requestId);
        Object csrf = rc.get(org.pac4j.core.util.Pac4jConstants.CSRF_TOKEN);
        java.util.Optional<Actor> actor = RequestActor.of(rc).filter(a -> csrf != null);
        String path = rc.request().path();
        Frame frame = new Frame(m, page.title(), page.title(), actor.map(a -> Navigation.of(a, m, path)).orElse(List.of()),
                actor.isPresent() ? csrf.toString() : null, path, null);
        return Layout.html(frame, Layout.WEB.render("error.jte", page));
    }
}
