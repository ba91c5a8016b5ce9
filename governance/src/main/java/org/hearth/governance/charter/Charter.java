package org.hearth.governance.charter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The governance parameters of the operating company, as read from the
 * {@code yaml hearth-charter} block of {@code CHARTER.md}.
 *
 * <p>The constructor only checks for nulls and copies lists, so tests can build variants freely;
 * {@link CharterParser} is where the rules of the law and of the charter are checked. A charter
 * that came from the parser is therefore valid; one built by hand is whatever its author made.
 *
 * @param legalProfile the law the company is incorporated under
 * @param companyName registered name of the company
 * @param currency the currency the accounts are kept in
 * @param financialYearStart first day of each financial year (never 29 February)
 * @param assetLockedBodies bodies named in the articles as permitted recipients of assets
 * @param dividendCap uk-cic: aggregate dividend cap as a share of distributable profits, by
 *     date; empty for fr-scic
 * @param performanceInterestCap uk-cic: cap on performance-related interest, by the date the
 *     loan agreement was made; empty for fr-scic
 * @param scicReserves fr-scic reserve rates; {@code null} for uk-cic
 * @param colleges member colleges with their voting weights, in charter order
 * @param ordinaryResolution what an ordinary resolution needs
 * @param specialResolution what a special resolution needs
 * @param reportingMinimumCount the smallest number of individuals a published figure may be about
 *     ({@code reporting.minimum_count}, default {@value #DEFAULT_MINIMUM_COUNT}); a smaller count
 *     is published as "fewer than" this
 * @param pilots the privacy parameters of pilots ({@code pilots.*}, defaults {@link PilotParameters#DEFAULTS})
 */
public record Charter(
        LegalProfile legalProfile,
        String companyName,
        Currency currency,
        MonthDay financialYearStart,
        List<AssetLockedBody> assetLockedBodies,
        List<DatedRate> dividendCap,
        List<DatedRate> performanceInterestCap,
        ScicReserves scicReserves,
        List<College> colleges,
        ResolutionRule ordinaryResolution,
        ResolutionRule specialResolution,
        int reportingMinimumCount,
        PilotParameters pilots) {

    /** What {@code reporting.minimum_count} is when the charter does not say. */
    public static final int DEFAULT_MINIMUM_COUNT = 10;

    /** A charter with the default reporting minimum count. */
    public Charter(LegalProfile legalProfile, String companyName, Currency currency, MonthDay financialYearStart,
                   List<AssetLockedBody> assetLockedBodies, List<DatedRate> dividendCap, List<DatedRate> performanceInterestCap,
                   ScicReserves scicReserves, List<College> colleges, ResolutionRule ordinaryResolution,
                   ResolutionRule specialResolution) {
        this(legalProfile, companyName, currency, financialYearStart, assetLockedBodies, dividendCap, performanceInterestCap,
                scicReserves, colleges, ordinaryResolution, specialResolution, DEFAULT_MINIMUM_COUNT);
    }

    /** A charter with the default pilot parameters. */
    public Charter(LegalProfile legalProfile, String companyName, Currency currency, MonthDay financialYearStart,
                   List<AssetLockedBody> assetLockedBodies, List<DatedRate> dividendCap, List<DatedRate> performanceInterestCap,
                   ScicReserves scicReserves, List<College> colleges, ResolutionRule ordinaryResolution,
                   ResolutionRule specialResolution, int reportingMinimumCount) {
        this(legalProfile, companyName, currency, financialYearStart, assetLockedBodies, dividendCap, performanceInterestCap,
                scicReserves, colleges, ordinaryResolution, specialResolution, reportingMinimumCount, PilotParameters.DEFAULTS);
    }

    public Charter {
        Objects.requireNonNull(legalProfile, "legalProfile");
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(financialYearStart, "financialYearStart");
        assetLockedBodies = List.copyOf(assetLockedBodies);
        dividendCap = List.copyOf(dividendCap);
        performanceInterestCap = List.copyOf(performanceInterestCap);
        colleges = List.copyOf(colleges);
        Objects.requireNonNull(ordinaryResolution, "ordinaryResolution");
        Objects.requireNonNull(specialResolution, "specialResolution");
        Objects.requireNonNull(pilots, "pilots");
        if (reportingMinimumCount < 2) {
            throw new IllegalArgumentException("reportingMinimumCount must be at least 2");
        }
    }

    /** The SCIC reserve rates, present exactly when the profile is fr-scic. */
    public Optional<ScicReserves> scic() {
        return Optional.ofNullable(scicReserves);
    }

    /** The first day of the financial year that contains {@code day}. */
    public LocalDate firstDayOfFinancialYear(LocalDate day) {
        LocalDate start = financialYearStart.atYear(day.getYear());
        return start.isAfter(day) ? start.minusYears(1) : start;
    }

    /**
     * The aggregate dividend cap for the financial year that contains {@code day}. The cap in
     * force on the <em>first day</em> of that year applies (reg 19), so a change of rate during
     * a year does not alter that year's cap.
     */
    public Optional<BigDecimal> dividendCapForYearContaining(LocalDate day) {
        return DatedRate.inForceOn(dividendCap, firstDayOfFinancialYear(day));
    }

    /** The performance-related interest cap for a loan agreement made on {@code agreementDate}. */
    public Optional<BigDecimal> performanceInterestCapFor(LocalDate agreementDate) {
        return DatedRate.inForceOn(performanceInterestCap, agreementDate);
    }

    /** The college with this id, if the charter has one. */
    public Optional<College> college(String id) {
        return colleges.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
