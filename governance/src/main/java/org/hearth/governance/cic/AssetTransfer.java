package org.hearth.governance.cic;

import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * A proposed transfer of the company's assets (money, property, rights, or a service at less
 * than its value), to be checked against the asset lock before it is booked.
 *
 * @param recipient who receives the assets
 * @param value the market value of what is transferred
 * @param consideration what the company receives in return; zero for a gift
 * @param regulatorConsent the Regulator's reference for a consent to this transfer to an
 *     asset-locked body not named in the charter; empty when there is none
 * @param communityBenefit how the transfer benefits the community the company serves; empty
 *     when the transfer is not made on that ground
 */
public record AssetTransfer(
        Recipient recipient, Money value, Money consideration, String regulatorConsent, String communityBenefit) {

    public AssetTransfer {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(consideration, "consideration");
        Objects.requireNonNull(regulatorConsent, "regulatorConsent");
        Objects.requireNonNull(communityBenefit, "communityBenefit");
        if (value.isNegative() || consideration.isNegative()) {
            throw new IllegalArgumentException("value and consideration cannot be negative: " + value + ", "
                    + consideration);
        }
        if (!value.currency().equals(consideration.currency())) {
            throw new IllegalArgumentException("value in " + value.currency().getCurrencyCode()
                    + " but consideration in " + consideration.currency().getCurrencyCode());
        }
    }

    /** A transfer of {@code value} for {@code consideration}, on no other ground. */
    public static AssetTransfer of(Recipient recipient, Money value, Money consideration) {
        return new AssetTransfer(recipient, value, consideration, "", "");
    }

    /** This transfer, made with the Regulator's consent {@code reference}. */
    public AssetTransfer withRegulatorConsent(String reference) {
        return new AssetTransfer(recipient, value, consideration, reference, communityBenefit);
    }

    /** This transfer, made for the benefit of the community for the reason given. */
    public AssetTransfer forCommunityBenefit(String reason) {
        return new AssetTransfer(recipient, value, consideration, regulatorConsent, reason);
    }
}
