package org.hearth.governance.cic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hearth.governance.SampleCharters;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.cic.AssetLockDecision.Basis;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class AssetLockTest {

    private static final Charter CHARTER = SampleCharters.ukCic();
    private static final Money VALUE = gbp("1000.00");
    private static final Money NOTHING = gbp("0.00");
    private static final Recipient NAMED_TRUST = Recipient.assetLockedBody("Sample Digital Rights Trust", "Charity 1000001");
    private static final Recipient OTHER_CHARITY = Recipient.assetLockedBody("Other Charity", "Charity 2000002");
    private static final Recipient DIRECTOR = Recipient.other("A. Director");

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static AssetLockDecision decide(AssetTransfer transfer) {
        return AssetLock.decide(CHARTER, transfer);
    }

    @Test
    void saleForFullConsiderationIsAllowedToAnyone() {
        AssetLockDecision decision = decide(AssetTransfer.of(DIRECTOR, VALUE, gbp("1000.00")));

        assertThat(decision.basis()).contains(Basis.FULL_CONSIDERATION);
        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void saleAtAnUndervalueIsRefused() {
        AssetLockDecision decision = decide(AssetTransfer.of(DIRECTOR, VALUE, gbp("999.99")));

        assertThat(decision.basis()).isEqualTo(Optional.empty());
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.explanation()).isEqualTo("refused by the asset lock: consideration of GBP 999.99 is below"
                + " the value of GBP 1000.00; A. Director is not an asset-locked body named in the charter;"
                + " A. Director is not an asset-locked body, so the Regulator's consent cannot apply;"
                + " no benefit to the community is stated");
    }

    @Test
    void giftToTheAssetLockedBodyNamedInTheCharterIsAllowed() {
        AssetLockDecision decision = decide(AssetTransfer.of(NAMED_TRUST, VALUE, NOTHING));

        assertThat(decision.basis()).contains(Basis.NAMED_ASSET_LOCKED_BODY);
        assertThat(decision.explanation()).contains("Sample Digital Rights Trust (Charity 1000001)");
    }

    @Test
    void giftToAnotherAssetLockedBodyWithTheRegulatorsConsentIsAllowed() {
        AssetLockDecision decision = decide(AssetTransfer.of(OTHER_CHARITY, VALUE, NOTHING).withRegulatorConsent("CIC/2025/17"));

        assertThat(decision.basis()).contains(Basis.REGULATOR_CONSENT);
        assertThat(decision.explanation()).contains("CIC/2025/17");
    }

    @Test
    void giftToAnUnnamedAssetLockedBodyWithoutConsentIsRefused() {
        AssetLockDecision decision = decide(AssetTransfer.of(OTHER_CHARITY, VALUE, NOTHING).withRegulatorConsent("  "));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.explanation()).contains("Other Charity is not an asset-locked body named in the charter",
                "no Regulator's consent is recorded");
    }

    @Test
    void consentDoesNotOpenTheLockToABodyThatIsNotAssetLocked() {
        AssetLockDecision decision = decide(AssetTransfer.of(DIRECTOR, VALUE, NOTHING).withRegulatorConsent("CIC/2025/17"));

        assertThat(decision.allowed()).isFalse();
    }

    @Test
    void transferForTheBenefitOfTheCommunityWithAStatedReasonIsAllowed() {
        AssetLockDecision decision = decide(AssetTransfer.of(DIRECTOR, VALUE, NOTHING)
                .forCommunityBenefit("laptops lent to members of the digital inclusion programme"));

        assertThat(decision.basis()).contains(Basis.COMMUNITY_BENEFIT);
        assertThat(decision.explanation()).isEqualTo(
                "for the benefit of the community: laptops lent to members of the digital inclusion programme");
    }

    @Test
    void transferForTheBenefitOfTheCommunityWithoutAReasonIsRefused() {
        AssetLockDecision decision = decide(AssetTransfer.of(DIRECTOR, VALUE, NOTHING).forCommunityBenefit(" \n "));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.explanation()).endsWith("no benefit to the community is stated");
    }

    @Test
    void bodyClaimingTheNameButNotTheRegistrationOfTheNamedBodyIsNotNamed() {
        Recipient impostor = Recipient.assetLockedBody("Sample Digital Rights Trust", "Charity 1000002");

        assertThat(decide(AssetTransfer.of(impostor, VALUE, NOTHING)).allowed()).isFalse();
    }
}
