package org.hearth.governance.charter;

import java.util.Objects;

/**
 * An asset-locked body named in the articles (another CIC, a charity, or an overseas
 * equivalent). Naming it lets the company transfer assets to it, and pay it exempt dividends,
 * without asking the Regulator each time.
 *
 * @param name registered name of the body
 * @param registration its registration, e.g. {@code Charity 1234567} or {@code Company 07654321}
 */
public record AssetLockedBody(String name, String registration) {

    public AssetLockedBody {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(registration, "registration");
    }
}
