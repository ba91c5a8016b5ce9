package org.hearth.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static final Actor OPERATOR = Actor.staff(UUID.randomUUID(), Set.of("operator"));
    private static final Actor BOARD = Actor.staff(UUID.randomUUID(), Set.of("board"));

    @Test
    void staffSeeOnlyTheLinksTheirRolesMayFollow() {
        Messages m = Messages.of("en");
        assertThat(Navigation.of(OPERATOR, m, "/staff").stream().map(NavItem::href))
                .containsExactly("/staff", "/board", "/board/impact", "/board/reports", "/governance/ledger", "/staff/audit", "/staff/outbox", "/staff/organisations", "/staff/billing", "/staff/plans",
                        "/staff/gdpr/processing", "/staff/breaches", "/staff/pilots");
        assertThat(Navigation.of(BOARD, m, "/staff").stream().map(NavItem::href))
                .containsExactly("/staff", "/board", "/board/impact", "/board/reports", "/board/resolutions");
    }

    @Test
    void theCurrentPageIsTheDeepestLinkOverThePath() {
        List<NavItem> nav = Navigation.of(BOARD, Messages.of("fr"), "/board/resolutions/42");
        assertThat(nav.stream().filter(NavItem::current).map(NavItem::href)).containsExactly("/board/resolutions");
        assertThat(nav.stream().map(NavItem::label)).containsExactly("Équipe d'exploitation", "Conseil", "Impact", "Rapports annuels", "Délibérations");
    }

    @Test
    void aSignedInPageHasItsLanguageSkipLinkCurrentLinkAndSignOut() {
        Messages m = Messages.of("fr");
        Frame frame = new Frame(m, "Titre <b>", "Titre <b>", Navigation.of(OPERATOR, m, "/governance/ledger"), "tok\"en", "/governance/ledger", null);
        String html = Layout.html(frame, out -> out.writeContent("<p id=body>corps</p>"));
        assertThat(html).startsWith("<!doctype html>\n<html lang=\"fr\">")
                .contains("<a class=\"skip\" href=\"#main\">Aller au contenu</a>")
                .contains("<a href=\"/governance/ledger\" aria-current=\"page\">Comptabilité</a>")
                .contains("<a href=\"/staff\">")
                .contains("<button type=\"submit\">Se déconnecter</button>")
                .contains("value=\"tok&#34;en\"")
                .contains("<h1>Titre &lt;b&gt;</h1>")
                .contains("<p id=body>corps</p>")
                .contains("<a href=\"?lang=en\" lang=\"en\">English</a>")
                .contains(StaticAssets.HREF);
        assertThat(html).contains("<script src=\"" + StaticAssets.SCRIPT_HREF + "\" defer></script>");
        assertThat(html.replace("<script src=\"" + StaticAssets.SCRIPT_HREF + "\" defer></script>", ""))
                .as("no inline script or style").doesNotContain("<script").doesNotContain("<style").doesNotContain("style=");
    }

    @Test
    void aVisitorsPageHasNoSignOut() {
        Messages m = Messages.of("en");
        String html = Layout.html(new Frame(m, "Sign in", "Sign in", List.of(), null, "/login", null), out -> { });
        assertThat(html).contains("<html lang=\"en\">").doesNotContain("/logout").contains(">Français</a>");
    }
}
