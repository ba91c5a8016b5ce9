package org.hearth.tenants.billing.pricing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a period into the runs of days on one plan (a change of plan starts a new run: a new
 * subscription, with its own allowances and ladders), each run into segments of one plan version.
 * Days before the tenant's first assignment are on no plan and are not billed.
 */
final class Segments {

    private Segments() {
    }

    /** The runs of the period, in date order; each run's segments in date order. */
    static List<List<Segment>> runs(PlanCatalogue catalogue, List<PlanAssignment> assignments, BillingPeriod period) {
        List<PlanAssignment> sorted = assignments.stream().sorted(Comparator.comparing(PlanAssignment::from)).toList();
        List<List<Segment>> runs = new ArrayList<>();
        List<Segment> run = new ArrayList<>();
        Segment open = null;
        for (LocalDate day = period.start(); day.isBefore(period.end()); day = day.plusDays(1)) {
            String code = planOn(sorted, day);
            if (code == null) {
                continue;
            }
            PlanVersion version = versionOn(catalogue, code, day);
            if (open != null && open.planCode().equals(code) && open.version().equals(version)) {
                open = new Segment(code, version, open.from(), day.plusDays(1));
                continue;
            }
            if (open != null) {
                run.add(open);
                if (!open.planCode().equals(code)) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            }
            open = new Segment(code, version, day, day.plusDays(1));
        }
        if (open != null) {
            run.add(open);
            runs.add(run);
        }
        return runs.stream().map(List::copyOf).toList();
    }

    private static String planOn(List<PlanAssignment> sorted, LocalDate day) {
        String code = null;
        for (PlanAssignment a : sorted) {
            if (!a.from().isAfter(day)) {
                code = a.planCode();
            }
        }
        return code;
    }

    private static PlanVersion versionOn(PlanCatalogue catalogue, String code, LocalDate day) {
        Plan plan = catalogue.plan(code).orElseThrow(() -> new RatingRefused("no plan is called " + code));
        return plan.versionOn(day)
                .orElseThrow(() -> new RatingRefused("plan " + code + " has no version in force on " + day));
    }
}
