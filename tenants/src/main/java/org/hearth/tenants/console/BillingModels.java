package org.hearth.tenants.console;

import java.util.List;
import java.util.Map;
import org.hearth.web.pages.Messages;

/** The models of the console's plan, usage and billing-details templates, one record per template, and their rows. */
public final class BillingModels {

    private BillingModels() {
    }

    /** A price-list item in words: its name and one sentence per rule (allowance, price, bands, bounds). */
    public record Component(String title, List<String> rules) {
    }

    /** A hard limit of the month: the metric's words, how much is used of how much, and the plan that lifts it. */
    public record Limit(String id, String label, String used, long value, long max, boolean reached) {
    }

    /** {@code /console/plan}. */
    public record Plan(Messages m, String plan, String since, List<Component> components, String commitment, List<String> limits,
                       List<String> changes, boolean free) {
    }

    /** A choice of a select. */
    public record Option(String value, String label, boolean selected) {
    }

    /** One metric of the month: the quantity in words, what is free of it, what is charged for it. */
    public record UsageRow(String id, String quantity, String free, String charged) {
    }

    /** One line of the estimate and its amount. */
    public record Line(String label, String amount) {
    }

    /** {@code /console/usage}. */
    public record Usage(Messages m, String month, List<Option> months, String plan, String until, List<UsageRow> rows, List<Line> lines,
                        String subtotal, List<Line> vat, String total, String vatNote, List<Limit> limits, String error) {
    }

    /** A group of countries in the select. */
    public record CountryGroup(String label, List<Option> countries) {
    }

    /**
     * {@code /console/billing-details}: the form's values and each field's error (keyed by the API's field names), and
     * a refusal that is no one field's ({@code error}), if any.
     */
    public record Details(Messages m, String csrf, boolean admin, boolean saved, Map<String, String> values, Map<String, String> errors,
                          List<CountryGroup> countries, String error) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String error(String field) {
            return errors.get(field);
        }
    }
}
