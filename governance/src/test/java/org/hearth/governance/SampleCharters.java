package org.hearth.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.CharterParser;
import org.hearth.governance.charter.DatedRate;

/**
 * The sample charters of {@code src/test/resources/charter}, parsed by the real parser, so that
 * rule tests run on the figures a valid charter carries (uk-cic: year from 1 April, dividend cap
 * 35% from 2005-07-01, interest cap 10% from 2010-04-06 and 20% from 2014-10-01; fr-scic: 15%,
 * 50%, TMO + 2 points, five colleges).
 */
public final class SampleCharters {

    private SampleCharters() {
    }

    public static Charter ukCic() {
        return CharterParser.parse(read("uk-cic.md"));
    }

    public static Charter frScic() {
        return CharterParser.parse(read("fr-scic.md"));
    }

    /** {@code charter} with another dividend cap schedule. */
    public static Charter withDividendCap(Charter charter, List<DatedRate> schedule) {
        return new Charter(charter.legalProfile(), charter.companyName(), charter.currency(),
                charter.financialYearStart(), charter.assetLockedBodies(), schedule,
                charter.performanceInterestCap(), charter.scicReserves(), charter.colleges(),
                charter.ordinaryResolution(), charter.specialResolution(), charter.reportingMinimumCount());
    }

    private static String read(String name) {
        try (InputStream in = SampleCharters.class.getResourceAsStream("/charter/" + name)) {
            Objects.requireNonNull(in, "missing test resource charter/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
