package org.hearth.governance.cic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.cic.AssetLockDecision.Basis;

/**
 * The asset lock of a community interest company.
 *
 * <p>Schedules 1 to 3 of SI 2005/1788 (the articles a CIC must adopt): the company may not
 * transfer assets other than for full consideration, except to an asset-locked body named in the
 * articles, to another asset-locked body with the Regulator's consent, or otherwise for the
 * benefit of the community. A transfer that breaks the lock must be refused before it is booked.
 * Dividends within the cap are not transfers in this sense: {@link DividendCap} decides them.
 *
 * <p>The grounds are tried in the order of {@link Basis}, and the first that holds is returned:
 * a sale at full value is recorded as such even to a named body. A community benefit must be
 * stated in words, because the annual report must describe each transfer not made for full
 * consideration, and "for the community" with no reason cannot be checked by anyone.
 */
public final class AssetLock {

    private AssetLock() {
    }

    /** Decides whether {@code transfer} may be made under the charter's asset lock. */
    public static AssetLockDecision decide(Charter charter, AssetTransfer transfer) {
        List<String> failed = new ArrayList<>();
        Recipient to = transfer.recipient();
        if (transfer.consideration().compareTo(transfer.value()) >= 0) {
            return allowed(transfer, Basis.FULL_CONSIDERATION, "consideration of " + transfer.consideration()
                    + " is at least the value of " + transfer.value());
        }
        failed.add("consideration of " + transfer.consideration() + " is below the value of " + transfer.value());
        if (Registrations.namedInCharter(charter, to.registration())) {
            return allowed(transfer, Basis.NAMED_ASSET_LOCKED_BODY, "to " + Registrations.describe(charter,
                    to.registration()) + ", an asset-locked body named in the charter");
        }
        failed.add(to.name() + " is not an asset-locked body named in the charter");
        if (to.assetLocked() && !transfer.regulatorConsent().isBlank()) {
            return allowed(transfer, Basis.REGULATOR_CONSENT, "to " + to.name()
                    + ", an asset-locked body, with the Regulator's consent " + transfer.regulatorConsent().strip());
        }
        failed.add(to.assetLocked() ? "no Regulator's consent is recorded"
                : to.name() + " is not an asset-locked body, so the Regulator's consent cannot apply");
        if (!transfer.communityBenefit().isBlank()) {
            return allowed(transfer, Basis.COMMUNITY_BENEFIT, "for the benefit of the community: "
                    + transfer.communityBenefit().strip());
        }
        failed.add("no benefit to the community is stated");
        return new AssetLockDecision(transfer, Optional.empty(), "refused by the asset lock: " + String.join("; ", failed));
    }

    private static AssetLockDecision allowed(AssetTransfer transfer, Basis basis, String explanation) {
        return new AssetLockDecision(transfer, Optional.of(basis), explanation);
    }
}
