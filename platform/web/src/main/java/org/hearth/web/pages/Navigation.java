package org.hearth.web.pages;

import java.util.ArrayList;
import java.util.List;
import org.hearth.kernel.actor.Actor;

/**
 * The navigation of every signed-in area, from who is signed in: an individual's pages, the
 * console of a tenant's team, or the staff pages with only the links the staff member's roles
 * may follow. The link for the page being shown is marked current.
 */
public final class Navigation {

    private Navigation() {
    }

    public static List<NavItem> of(Actor actor, Messages m, String path) {
        List<String[]> links = switch (actor.kind()) {
            case INDIVIDUAL -> List.of(
                    new String[] {"/account", "nav.dashboard"},
                    new String[] {"/account/agreements", "nav.agreements"},
                    new String[] {"/account/access-log", "nav.accessLog"},
                    new String[] {"/account/access-report", "nav.accessReport"},
                    new String[] {"/account/notifications", "nav.notifications"},
                    new String[] {"/account/settings", "nav.settings"});
            case TENANT -> List.of(
                    new String[] {"/console", "nav.console.overview"},
                    new String[] {"/console/credentials", "nav.console.credentials"},
                    new String[] {"/console/webhooks", "nav.console.webhooks"},
                    new String[] {"/console/team", "nav.console.team"},
                    new String[] {"/console/plan", "nav.console.plan"},
                    new String[] {"/console/usage", "nav.console.usage"},
                    new String[] {"/console/invoices", "nav.console.invoices"},
                    new String[] {"/console/billing-details", "nav.console.details"},
                    new String[] {"/console/pilots", "nav.console.pilots"});
            case STAFF -> staff(actor);
            case SYSTEM -> List.of();
        };
        String current = current(links, path);
        List<NavItem> items = new ArrayList<>();
        links.forEach(link -> items.add(new NavItem(link[0], m.t(link[1]), link[0].equals(current))));
        return items;
    }

    private static List<String[]> staff(Actor actor) {
        List<String[]> links = new ArrayList<>();
        links.add(new String[] {"/staff", "nav.staff"});
        if (actor.hasRole("operator") || actor.hasRole("board")) {
            links.add(new String[] {"/board", "nav.board"});
            links.add(new String[] {"/board/impact", "nav.impact"});
            links.add(new String[] {"/board/reports", "nav.reports"});
        }
        if (actor.hasRole("board")) {
            links.add(new String[] {"/board/resolutions", "nav.resolutions"});
        }
        if (actor.hasRole("operator")) {
            links.add(new String[] {"/governance/ledger", "nav.ledger"});
            links.add(new String[] {"/staff/audit", "nav.audit"});
            links.add(new String[] {"/staff/outbox", "nav.outbox"});
            links.add(new String[] {"/staff/organisations", "nav.organisations"});
            links.add(new String[] {"/staff/billing", "nav.billing"});
            links.add(new String[] {"/staff/plans", "nav.plans"});
            links.add(new String[] {"/staff/gdpr/processing", "nav.gdprProcessing"});
            links.add(new String[] {"/staff/breaches", "nav.breaches"});
            links.add(new String[] {"/staff/pilots", "nav.pilots"});
        }
        return links;
    }

    /** The longest link that is the path or a parent of it: {@code /account/records/x} is under My data. */
    private static String current(List<String[]> links, String path) {
        String best = null;
        for (String[] link : links) {
            String href = link[0];
            if ((path.equals(href) || path.startsWith(href + "/")) && (best == null || href.length() > best.length())) {
                best = href;
            }
        }
        return best;
    }
}
