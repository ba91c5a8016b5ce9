package org.hearth.tenants.pilots;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a public body proposes: the pilot's title, DPV purpose and description, the record
 * categories its participants' agreements cover, the fields it wants aggregated, the cohort it
 * aims for, its dates (both days included), the funding it brings and its privacy policy.
 */
public record NewPilot(String title, String purpose, String description, List<String> categories, List<PilotField> fields, int targetCohort,
                       LocalDate startsOn, LocalDate endsOn, BigDecimal fundingAmount, String fundingCurrency, String policyUrl) {

    public NewPilot {
        categories = categories == null ? List.of() : List.copyOf(categories);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
