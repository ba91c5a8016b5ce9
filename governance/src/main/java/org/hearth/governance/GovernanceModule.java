package org.hearth.governance;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import io.vertx.ext.web.Router;
import org.hearth.governance.adoption.CharterAdoptions;
import org.hearth.governance.adoption.CharterRoutes;
import org.hearth.governance.billing.BillingRoutes;
import org.hearth.governance.billing.RevenuePoster;
import org.hearth.governance.board.BoardRoutes;
import org.hearth.governance.board.BoardService;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.closing.ClosedYears;
import org.hearth.governance.closing.ClosingRoutes;
import org.hearth.governance.closing.YearClosing;
import org.hearth.governance.distributions.AssetTransferService;
import org.hearth.governance.distributions.DistributionRoutes;
import org.hearth.governance.distributions.DividendService;
import org.hearth.governance.distributions.LoanService;
import org.hearth.governance.distributions.ShareInterestService;
import org.hearth.governance.indices.IndexRoutes;
import org.hearth.governance.indices.IndexService;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.ledger.LedgerRoutes;
import org.hearth.governance.pages.GovernancePages;
import org.hearth.governance.projects.ProjectRoutes;
import org.hearth.governance.projects.ProjectService;
import org.hearth.governance.status.StatusRoutes;
import org.hearth.governance.status.YearStatus;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.web.api.ApiRoutes;
import org.hearth.kernel.work.Worker;
import org.hearth.web.security.Security;

/**
 * The governance module, composed once by the application with the charter read at start.
 * {@link #create} only wires; {@link #start} records the charter in force and seeds the chart of
 * accounts, the module's only writes of its own, run by the platform after wiring.
 */
public final class GovernanceModule {

    /** What the module's services are, for the pages and for tests that drive them directly. */
    public record Services(Charter charter, Ledger ledger, BoardService board, YearStatus status, YearClosing closing,
                           DividendService dividends, ShareInterestService shareInterest, LoanService loans,
                           AssetTransferService transfers, ProjectService projects, IndexService indices) {
    }

    private final CharterAdoptions adoptions;
    private final Services services;
    private final List<ApiRoutes> routes;
    private final RevenuePoster revenue;
    private final PublishedBooks publishedBooks;

    private GovernanceModule(CharterAdoptions adoptions, Services services, List<ApiRoutes> routes, RevenuePoster revenue,
                             PublishedBooks publishedBooks) {
        this.adoptions = adoptions;
        this.services = services;
        this.routes = routes;
        this.revenue = revenue;
        this.publishedBooks = publishedBooks;
    }

    public static GovernanceModule create(Db db, Charter charter, String charterText) {
        return create(db, charter, charterText, Clock.systemUTC());
    }

    public static GovernanceModule create(Db db, Charter charter, String charterText, Clock clock) {
        CharterAdoptions adoptions = new CharterAdoptions(db, charter, charterText);
        Ledger ledger = Ledger.create(db, charter.currency(), charter.financialYearStart());
        ClosedYears closedYears = new ClosedYears(ledger);
        BoardService board = new BoardService(db, charter);
        DividendService dividends = new DividendService(db, charter, ledger, closedYears, board);
        ProjectService projects = new ProjectService(db, ledger, closedYears);
        Services services = new Services(charter, ledger, board, new YearStatus(db, charter, ledger, closedYears, dividends, projects),
                new YearClosing(db, charter, ledger, clock), dividends, new ShareInterestService(db, charter, ledger, board),
                new LoanService(db, charter, ledger), new AssetTransferService(db, charter, ledger), projects, new IndexService(db, ledger));
        RevenuePoster revenue = new RevenuePoster(db, ledger);
        List<ApiRoutes> routes = List.of(new CharterRoutes(charter, adoptions), new LedgerRoutes(ledger),
                new ClosingRoutes(ledger, services.closing(), board), new StatusRoutes(services.status()),
                new DistributionRoutes(ledger, dividends, services.shareInterest(), services.loans(), services.transfers()),
                new IndexRoutes(services.indices(), ledger), new ProjectRoutes(projects, ledger), new BoardRoutes(board),
                new BillingRoutes(revenue));
        return new GovernanceModule(adoptions, services, routes, revenue, new PublishedBooks(db, charter, ledger, services.status()));
    }

    /**
     * The start step, after wiring and before serving: records the charter text in force (when it
     * was first seen) and adds the legal profile's missing accounts, each as an audited system write.
     */
    public void start(CallContext ctx) {
        adoptions.record(ctx.as("governance.record_charter"));
        services.ledger().accounts().seed(ctx.as("governance.seed_accounts"), services.charter().legalProfile());
    }

    /** Books billing's revenue from the outbox (issue 11). */
    public RevenuePoster revenue() {
        return revenue;
    }

    /** The module's background work, started by the platform after {@link #start}: the billing revenue poster. */
    public List<Worker> workers(Duration pollInterval) {
        return List.of(revenue.worker(pollInterval));
    }

    /** The books as reports publish them (the transparency page, issue 12). */
    public PublishedBooks publishedBooks() {
        return publishedBooks;
    }

    public Services services() {
        return services;
    }

    /** The figures other modules may read (reporting's dashboards). */
    public BoardFigures figures() {
        Services s = services;
        return new BoardFigures(s.charter(), s.ledger(), s.status(), s.projects());
    }

    /** The board's and the operators' pages. */
    public Consumer<Router> pages(Security security) {
        Services s = services;
        return new GovernancePages(security, s.charter(), s.ledger(), s.closing(), s.status(), s.board(), s.loans(), s.projects())::mount;
    }

    public List<ApiRoutes> apiRoutes() {
        return routes;
    }
}
