package org.hearth.governance;

import java.util.List;
import org.hearth.governance.adoption.CharterAdoptions;
import org.hearth.governance.adoption.CharterRoutes;
import org.hearth.governance.charter.Charter;
import org.hearth.kernel.db.Db;
import org.hearth.web.api.ApiRoutes;

/** The governance module, composed once by the application with the charter read at start. */
public final class GovernanceModule {

    private final CharterRoutes charterRoutes;

    private GovernanceModule(CharterRoutes charterRoutes) {
        this.charterRoutes = charterRoutes;
    }

    public static GovernanceModule create(Db db, Charter charter, String charterText) {
        var since = new CharterAdoptions(db).record(charter, charterText);
        return new GovernanceModule(new CharterRoutes(charter, since));
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(charterRoutes);
    }
}
