package org.hearth.tenants.verification;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.Calls;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * {@code /staff/organisations}: operators see every organisation and whether the platform checked
 * who it is; {@code /staff/organisations/{id}} records the check (the register and number) or,
 * after a page that says what it changes, withdraws it.
 */
public final class VerificationPages {

    static final String PATH = "/staff/organisations";
    private static final Templates TEMPLATES = Templates.precompiled(VerificationPages.class, "org.hearth.tenants.console.jte");

    private final Security security;
    private final Frames frames;
    private final VerificationService verification;

    public VerificationPages(Security security, VerificationService verification) {
        this.security = security;
        this.frames = new Frames(security);
        this.verification = verification;
    }

    /** One organisation of the list, in words. */
    public record Line(String href, String name, String kind, String registered, String verified) {
    }

    public record ListPage(Messages m, List<Line> organisations) {
    }

    /** {@code withdraw}: the page asks before withdrawing the check. */
    public record DetailPage(Messages m, String csrf, String error, String notice, Line organisation, String evidence, String typed, boolean withdraw) {
    }

    public void mount(Router router) {
        var guard = security.pageGuard(Access.OPERATOR);
        var forms = BodyHandler.create(false).setBodyLimit(16 * 1024);
        router.get(PATH).handler(guard).handler(this::list);
        router.get(PATH + "/:id").handler(guard).handler(rc -> detail(rc, null, null, false));
        router.post(PATH + "/:id/verification").handler(forms).handler(guard).handler(this::verify);
        router.get(PATH + "/:id/withdraw").handler(guard).handler(rc -> detail(rc, null, null, true));
        router.post(PATH + "/:id/withdraw").handler(forms).handler(guard).handler(this::withdraw);
    }

    private void list(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        List<Line> lines = verification.list(Calls.context(rc, "page.staff.organisations")).stream().map(o -> line(m, o)).toList();
        Layout.send(rc, frames.of(rc, m, m.t("staff.orgs.title")), TEMPLATES.render("verification/organisations.jte", new ListPage(m, lines)));
    }

    private void detail(RoutingContext rc, String error, String typed, boolean withdraw) {
        Messages m = Messages.forRequest(rc);
        Organisation o = verification.get(Calls.context(rc, "page.staff.organisation"), id(rc));
        String notice = switch (String.valueOf(rc.queryParams().get("done"))) {
            case "verified" -> m.t("staff.orgs.done.verified", o.name());
            case "withdrawn" -> m.t("staff.orgs.done.withdrawn", o.name());
            default -> null;
        };
        Layout.send(rc, frames.of(rc, m, o.name()), TEMPLATES.render("verification/organisation.jte",
                new DetailPage(m, frames.csrf(rc), error, notice, line(m, o), o.evidence(), typed, withdraw && o.verified())));
    }

    private void verify(RoutingContext rc) {
        String evidence = rc.request().getFormAttribute("evidence");
        try {
            Organisation o = verification.verify(Calls.context(rc, "page.staff.verify_organisation"), id(rc), evidence);
            redirect(rc, PATH + "/" + o.id() + "?done=verified");
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            detail(rc, Messages.forRequest(rc).t("staff.orgs.evidence.refused"), evidence, false);
        }
    }

    private void withdraw(RoutingContext rc) {
        UUID id = id(rc);
        if (!"yes".equals(rc.request().getFormAttribute("confirmed"))) {
            redirect(rc, PATH + "/" + id + "/withdraw");
            return;
        }
        verification.withdraw(Calls.context(rc, "page.staff.withdraw_verification"), id);
        redirect(rc, PATH + "/" + id + "?done=withdrawn");
    }

    private static Line line(Messages m, Organisation o) {
        return new Line(PATH + "/" + o.id(), o.name(), m.t("impact.kind." + o.kind()), m.date(o.registeredAt()),
                o.verified() ? m.t("staff.orgs.verifiedOn", m.date(o.verifiedAt())) : m.t("staff.orgs.notVerified"));
    }

    private static UUID id(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id == null) {
            throw VerificationService.notFound();
        }
        return id;
    }

    private static void redirect(RoutingContext rc, String location) {
        rc.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
