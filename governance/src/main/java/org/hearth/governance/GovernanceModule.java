package org.hearth.governance;

import java.time.Clock;
import java.util.List;
import org.hearth.governance.adoption.CharterAdoptions;
import org.hearth.governance.adoption.CharterRoutes;
import org.hearth.governance.board.BoardRoutes;
import org.hearth.governance.board.BoardService;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.closing.ClosedYears;
import org.hearth.governance.closing.ClosingRoutes;
import org.hearth.governance.closing.YearClosing;
import org.hearth.governance.status.StatusRoutes;
import org.hearth.governance.status.YearStatus;
import org.hearth.governance.distributions.AssetTransferService;
import org.hearth.governance.distributions.DistributionRoutes;
import org.hearth.governance.distributions.DividendService;
import org.hearth.governance.distributions.LoanService;
import org.hearth.governance.distributions.ShareInterestService;
import org.hearth.governance.indices.IndexRoutes;
import org.hearth.governance.indices.IndexService;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.LedgerRoutes;
import org.hearth.governance.ledger.LedgerService;
import org.hearth.governance.projects.ProjectRoutes;
import org.hearth.governance.projects.ProjectService;
import org.hearth.kernel.db.Db;
import org.hearth.web.api.ApiRoutes;

/** The governance module, composed once by the application with the charter read at start. */
public final class GovernanceModule {

    private final Charter charter;
    private final LedgerService ledger;
    private final BoardService board;
    private final YearStatus status;
    private final YearClosing closing;
    private final LoanService loans;
    private final ProjectService projects;
    private final List<ApiRoutes> routes;

    private GovernanceModule(Charter charter, LedgerService ledger, BoardService board, YearStatus status, YearClosing closing,
                             LoanService loans, ProjectService projects, List<ApiRoutes> routes) {
        this.charter = charter;
        this.ledger = ledger;
        this.board = board;
        this.status = status;
        this.closing = closing;
        this.loans = loans;
        this.projects = projects;
        this.routes = routes;
    }

    /** The board's and the operators' pages. */
    public java.util.function.Consumer<io.vertx.ext.web.Router> pages(org.hearth.web.security.Security security) {
        return new org.hearth.governance.pages.GovernancePages(security, charter, ledger, closing, status, board, loans, projects)::mount;
    }

    public static GovernanceModule create(Db db, Charter charter, String charterText) {
        return create(db, charter, charterText, Clock.systemUTC());
    }

    public static GovernanceModule create(Db db, Charter charter, String charterText, Clock clock) {
        var since = new CharterAdoptions(db).record(charter, charterText);
        ChartOfAccounts.seed(db, charter.legalProfile());
        LedgerService ledger = new LedgerService(db, charter.currency(), charter.financialYearStart());
        ClosedYears closedYears = new ClosedYears(ledger);
        BoardService board = new BoardService(db, charter);
        DividendService dividends = new DividendService(db, charter, ledger, closedYears, board);
        ProjectService projects = new ProjectService(db, ledger, closedYears);
        YearStatus status = new YearStatus(db, charter, ledger, closedYears, dividends, projects);
        IndexService indices = new IndexService(db, ledger);
        YearClosing closing = new YearClosing(db, charter, ledger, clock);
        LoanService loans = new LoanService(db, charter, ledger);
        List<ApiRoutes> routes = List.of(new CharterRoutes(charter, since), new LedgerRoutes(ledger),
                new ClosingRoutes(ledger, closing, board), new StatusRoutes(status),
                new DistributionRoutes(ledger, dividends, new ShareInterestService(db, charter, ledger, board),
                        loans, new AssetTransferService(db, charter, ledger)),
                new IndexRoutes(indices, ledger), new ProjectRoutes(projects, ledger), new BoardRoutes(board));
        return new GovernanceModule(charter, ledger, board, status, closing, loans, projects, routes);
    }

    public List<ApiRoutes> apiRoutes() {
        return routes;
    }
}
