package org.hearth.governance.scic;

import org.hearth.governance.charter.Percent;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whether a proposed rate of interest on shares is within the cap.
 *
 * @param limit the cap and its working
 * @param proposedRate the rate proposed, as a decimal share
 * @param allowed whether it is at most the cap
 */
public record ShareInterestDecision(ShareInterestLimit limit, BigDecimal proposedRate, boolean allowed) {

    public ShareInterestDecision {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(proposedRate, "proposedRate");
    }

    /** The working, e.g. "4.71% proposed is above the cap of 4.7%: average TMO of 2022 (1.2%), ...". */
    public String explanation() {
        String years = limit.tmoUsed().entrySet().stream()
                .map(e -> e.getKey() + " (" + Percent.of(e.getValue()) + ")")
                .collect(Collectors.joining(", "));
        return Percent.of(proposedRate) + " proposed is " + (allowed ? "within" : "above") + " the cap of "
                + Percent.of(limit.cap()) + ": average TMO of " + years + " plus " + Percent.of(limit.margin())
                + " (art. 14 of loi 47-1775)";
    }
}
