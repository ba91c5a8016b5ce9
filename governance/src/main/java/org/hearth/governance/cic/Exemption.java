package org.hearth.governance.cic;

import java.util.Objects;

/**
 * Why a dividend claims to be exempt from the dividend cap, as the caller states it.
 *
 * <p>Reg 17 of SI 2005/1788: a dividend paid on shares held by or for an asset-locked body is
 * exempt where that body is named in the articles as a permitted recipient, or where the
 * Regulator consented to it. {@link DividendCap} checks the claim: a named body must be one of
 * the charter's {@code asset_locked_bodies} (matched on registration), and a consent must carry
 * the Regulator's reference.
 *
 * @param basis what the claim rests on
 * @param reference the body's registration for {@link Basis#NAMED_ASSET_LOCKED_BODY}, the
 *     Regulator's consent reference for {@link Basis#REGULATOR_CONSENT}, empty for {@link Basis#NONE}
 */
public record Exemption(Basis basis, String reference) {

    /** A dividend that claims no exemption and counts towards the cap. */
    public static final Exemption NONE = new Exemption(Basis.NONE, "");

    /** The grounds of reg 17, and none. */
    public enum Basis {
        /** An ordinary dividend: it counts towards the cap. */
        NONE,
        /** Paid to an asset-locked body named in the articles. */
        NAMED_ASSET_LOCKED_BODY,
        /** Paid to an asset-locked body with the Regulator's consent. */
        REGULATOR_CONSENT
    }

    public Exemption {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reference, "reference");
    }

    /** Exempt as paid to the asset-locked body named in the charter with this registration. */
    public static Exemption namedBody(String registration) {
        return new Exemption(Basis.NAMED_ASSET_LOCKED_BODY, registration);
    }

    /** Exempt as paid to an asset-locked body with the Regulator's consent {@code reference}. */
    public static Exemption regulatorConsent(String reference) {
        return new Exemption(Basis.REGULATOR_CONSENT, reference);
    }

    /** Whether an exemption is claimed at all. */
    public boolean claimed() {
        return basis != Basis.NONE;
    }
}
