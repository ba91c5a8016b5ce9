package org.hearth.governance.cic;

import java.util.Objects;

/**
 * Who receives a transfer of assets.
 *
 * @param name name of the person or body
 * @param registration its registration (charity or company number), matched against the
 *     charter's asset-locked bodies; empty for a person or an unregistered body
 * @param assetLocked whether the recipient is an asset-locked body: a community interest
 *     company, a charity, a Scottish charity, or an overseas equivalent (reg 2 of SI 2005/1788)
 */
public record Recipient(String name, String registration, boolean assetLocked) {

    public Recipient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(registration, "registration");
    }

    /** A recipient that is not an asset-locked body, e.g. a person or a supplier. */
    public static Recipient other(String name) {
        return new Recipient(name, "", false);
    }

    /** An asset-locked body with this registration. */
    public static Recipient assetLockedBody(String name, String registration) {
        return new Recipient(name, registration, true);
    }
}
