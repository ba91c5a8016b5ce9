package org.hearth.governance.cic;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether the asset lock allows a transfer, and on which basis.
 *
 * @param transfer the transfer decided
 * @param basis the ground that allows it; empty when it is refused
 * @param explanation why, in a sentence; for a refusal, every ground that was tried and why it failed
 */
public record AssetLockDecision(AssetTransfer transfer, Optional<Basis> basis, String explanation) {

    /** The grounds on which the asset lock lets assets leave the company, in the order they are tried. */
    public enum Basis {
        /** The company receives at least the value of what it transfers: the lock is not engaged. */
        FULL_CONSIDERATION,
        /** To an asset-locked body named in the articles. */
        NAMED_ASSET_LOCKED_BODY,
        /** To another asset-locked body, with the Regulator's consent. */
        REGULATOR_CONSENT,
        /** Otherwise for the benefit of the community. */
        COMMUNITY_BENEFIT
    }

    public AssetLockDecision {
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Whether the transfer may be made. */
    public boolean allowed() {
        return basis.isPresent();
    }
}
