package org.hearth.governance.pages;

import io.vertx.ext.web.Router;
import org.hearth.governance.board.BoardService;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.closing.YearClosing;
import org.hearth.governance.status.YearStatus;
import org.hearth.governance.ledger.Ledger;
import org.hearth.web.security.Security;

/** Mounts the board's and the operators' governance pages. */
public final class GovernancePages {

    private final BoardPages board;
    private final LedgerPages ledger;

    public GovernancePages(Security security, Charter charter, Ledger ledger, YearClosing closing, YearStatus status, BoardService board,
                           org.hearth.governance.distributions.LoanService loans, org.hearth.governance.projects.ProjectService projects) {
        Views frame = new Views(security);
        this.board = new BoardPages(frame, security, charter, ledger, status, board, projects);
        this.ledger = new LedgerPages(frame, security, ledger, closing, loans);
    }

    public void mount(Router router) {
        board.mount(router);
        ledger.mount(router);
    }
}
