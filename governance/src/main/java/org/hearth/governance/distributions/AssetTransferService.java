package org.hearth.governance.distributions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.cic.AssetLock;
import org.hearth.governance.cic.AssetLockDecision;
import org.hearth.governance.cic.AssetTransfer;
import org.hearth.governance.cic.Recipient;
import org.hearth.governance.ledger.Account;
import org.hearth.governance.ledger.AccountType;
import org.hearth.governance.ledger.ChartOfAccounts;
import org.hearth.governance.ledger.Entry;
import org.hearth.governance.ledger.EntryKind;
import org.hearth.governance.ledger.Ledger;
import org.hearth.governance.ledger.Line;
import org.hearth.governance.ledger.NewEntry;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.money.Money;

/**
 * Transfers of the company's assets, decided by the asset lock (Schedules 1 to 3 of SI
 * 2005/1788) before anything is booked: for full consideration, to an asset-locked body named
 * in the charter, to another asset-locked body with the Regulator's recorded consent, or for
 * the benefit of the community with a stated reason. The lock is the CIC's; Hearth applies it
 * to every profile, because a SCIC's indivisible reserves ask for the same prudence.
 */
public final class AssetTransferService {

    public record Transfer(LocalDate date, String assetAccount, String recipient, String recipientRegistration, boolean recipientAssetLocked,
                           Money value, Money consideration, String regulatorConsent, String communityBenefit) {
    }

    public record Booked(UUID id, Entry entry, AssetLockDecision decision) {
    }

    private final Db db;
    private final Charter charter;
    private final Ledger ledger;
    private final DistributionRepository repository = new DistributionRepository();

    public AssetTransferService(Db db, Charter charter, Ledger ledger) {
        this.db = db;
        this.charter = charter;
        this.ledger = ledger;
    }

    public Booked transfer(CallContext ctx, Transfer t) {
        if (t.recipient() == null || t.recipient().isBlank() || !t.value().isPositive() || t.consideration().isNegative()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "A transfer names its recipient, a positive value and a consideration (0 or more).");
        }
        Recipient recipient = new Recipient(t.recipient().strip(), t.recipientRegistration() == null ? "" : t.recipientRegistration().strip(),
                t.recipientAssetLocked());
        AssetTransfer transfer = AssetTransfer.of(recipient, t.value(), t.consideration());
        if (t.regulatorConsent() != null && !t.regulatorConsent().isBlank()) {
            transfer = transfer.withRegulatorConsent(t.regulatorConsent().strip());
        }
        if (t.communityBenefit() != null) {
            transfer = transfer.forCommunityBenefit(t.communityBenefit().strip());
        }
        AssetLockDecision decision = AssetLock.decide(charter, transfer);
        if (!decision.allowed()) {
            throw new HearthException(ErrorCode.ASSET_LOCK, decision.explanation(), Map.of("value", t.value().amount().toPlainString(),
                    "consideration", t.consideration().amount().toPlainString()));
        }
        String basis = decision.basis().orElseThrow().name().toLowerCase(java.util.Locale.ROOT);
        return db.write(ctx, tx -> {
            Account asset = ledger.accounts().account(tx, t.assetAccount()).filter(a -> a.type() == AccountType.ASSET)
                    .orElseThrow(() -> new HearthException(ErrorCode.VALIDATION_FAILED, "assetAccount must be the code of an asset account."));
            List<Line> lines = new ArrayList<>();
            if (t.consideration().isPositive()) {
                lines.add(Line.debit(ledger.accounts().withRole(tx, ChartOfAccounts.CASH).code(), t.consideration()));
            }
            Money given = t.value().minus(t.consideration());
            if (given.isPositive()) {
                lines.add(Line.debit(ledger.accounts().withRole(tx, ChartOfAccounts.COMMUNITY_TRANSFERS).code(), given));
            } else if (given.isNegative()) {
                // Sold for more than its book value: the gain is other revenue.
                lines.add(Line.credit(ledger.accounts().withRole(tx, "revenue:other").code(), given.negate()));
            }
            lines.add(Line.credit(asset.code(), t.value()));
            Entry entry = ledger.postings().postIn(tx, ctx, new NewEntry(t.date(), EntryKind.ASSET_TRANSFER, "Transfer of assets to " + recipient.name()
                    + " (" + basis.replace('_', ' ') + ")", decision.explanation(), lines));
            UUID id = Ids.newId();
            repository.insertTransfer(tx, new DistributionRepository.TransferRow(id, t.date(), recipient.name(), recipient.registration(),
                    t.value(), t.consideration(), basis, t.regulatorConsent(), t.communityBenefit(), entry.id()));
            return new Booked(id, entry, decision);
        });
    }
}
