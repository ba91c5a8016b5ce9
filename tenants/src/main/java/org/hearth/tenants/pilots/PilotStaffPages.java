package org.hearth.tenants.pilots;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.Calls;
import org.hearth.web.pages.Frames;
import org.hearth.web.pages.Layout;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Templates;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/**
 * {@code /staff/pilots}: for operators, every pilot (or those in one status); {@code /staff/pilots/{id}}:
 * its proposal in full, the decision (approve, or refuse with the reason the public body reads) and,
 * once approved, recording the funding received.
 */
public final class PilotStaffPages {

    static final String PATH = "/staff/pilots";
    private static final Templates TEMPLATES = Templates.precompiled(PilotStaffPages.class, "org.hearth.tenants.console.jte");

    private final Security security;
    private final Frames frames;
    private final PilotDecisions decisions;
    private final String publicBaseUrl;

    public PilotStaffPages(Security security, PilotDecisions decisions, String publicBaseUrl) {
        this.security = security;
        this.frames = new Frames(security);
        this.decisions = decisions;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** One pilot line of the list. */
    public record Line(String id, String title, String tenant, String status, String dates) {
    }

    public record ListPage(Messages m, String filter, List<Line> pilots) {
    }

    /** {@code pilots/staff-pilot.jte}'s model: the pilot as the page words it, and which forms apply. */
    public record DetailPage(Messages m, String csrf, String error, String notice, PilotView pilot, boolean decidable, boolean fundable, String today) {
    }

    public void mount(Router router) {
        var guard = security.pageGuard(Access.OPERATOR);
        var forms = BodyHandler.create(false).setBodyLimit(16 * 1024);
        router.get(PATH).handler(guard).handler(this::list);
        router.get(PATH + "/:id").handler(guard).handler(rc -> detail(rc, null, null));
        router.post(PATH + "/:id/decision").handler(forms).handler(guard).handler(rc -> change(rc, () -> {
            var f = rc.request().formAttributes();
            String decision = f.get("decision");
            PilotDecisions.Verdict verdict = "approve".equals(decision) ? PilotDecisions.Verdict.APPROVE
                    : "refuse".equals(decision) ? PilotDecisions.Verdict.REFUSE : null;
            Pilot pilot = decisions.decide(Calls.context(rc, "page.pilots.decide"), PilotRoutes.id(rc), verdict, f.get("reason"));
            return Messages.forRequest(rc).t("staff.pilots.decided." + pilot.status().code(), pilot.terms().title());
        }));
        router.post(PATH + "/:id/funding").handler(forms).handler(guard).handler(rc -> change(rc, () -> {
            var f = rc.request().formAttributes();
            Pilot pilot = decisions.recordFunding(Calls.context(rc, "page.pilots.funding"), PilotRoutes.id(rc), date(f.get("receivedOn")), f.get("reference"));
            Messages m = Messages.forRequest(rc);
            return m.t("staff.pilots.funded", PilotView.money(m, pilot.terms().fundingAmount(), pilot.terms().fundingCurrency()));
        }));
    }

    private interface Change {
        String run();
    }

    /** Runs a change and shows the pilot with what it did, or with why it was refused (and the refusal's status). */
    private void change(RoutingContext rc, Change action) {
        try {
            String notice = action.run();
            detail(rc, null, notice);
        } catch (HearthException e) {
            if (e.code().status() == 401 || e.code().status() == 403 || e.code().status() == 404) {
                throw e;
            }
            rc.response().setStatusCode(e.code().status());
            detail(rc, e.detail(), null);
        }
    }

    private void list(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        String filter = rc.queryParams().get("status");
        Optional<PilotStatus> status = filter == null ? Optional.empty() : PilotStatus.fromCode(filter);
        List<Line> lines = decisions.all(Calls.context(rc, "page.pilots.list"), status).stream().map(p -> new Line(p.id().toString(),
                p.terms().title(), p.tenantName(), m.t("pilot.status." + p.status().code()),
                m.t("pilot.dates", m.date(p.terms().startsOn()), m.date(p.terms().endsOn())))).toList();
        Layout.send(rc, frames.of(rc, m, m.t("nav.pilots")), TEMPLATES.render("pilots/staff-pilots.jte",
                new ListPage(m, status.map(PilotStatus::code).orElse(""), lines)));
    }

    private void detail(RoutingContext rc, String error, String notice) {
        Messages m = Messages.forRequest(rc);
        Pilot pilot = decisions.get(Calls.context(rc, "page.pilots.view"), PilotRoutes.id(rc));
        boolean fundable = (pilot.status() == PilotStatus.APPROVED || pilot.status() == PilotStatus.ENDED)
                && pilot.fundingReceivedOn() == null && pilot.terms().fundingAmount().signum() > 0;
        PilotView view = PilotView.of(m, pilot, PilotJson.invitationUrl(publicBaseUrl, pilot), null);
        Layout.send(rc, frames.of(rc, m, pilot.terms().title()), TEMPLATES.render("pilots/staff-pilot.jte",
                new DetailPage(m, frames.csrf(rc), error, notice, view, pilot.status() == PilotStatus.PROPOSED, fundable,
                        LocalDate.now(ZoneOffset.UTC).toString())));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw PilotRules.invalid("receivedOn", "a date, YYYY-MM-DD");
        }
    }
}
