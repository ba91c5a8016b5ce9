package org.hearth.tenants.console;

import io.vertx.core.MultiMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.tenants.pilots.NewPilot;
import org.hearth.tenants.pilots.PilotField;
import org.hearth.tenants.pilots.PilotRules;

/**
 * The console's proposal form read into a {@link NewPilot}: the fields to aggregate are a few
 * rows of inputs ({@code f0.schema}, {@code f0.field}, {@code f0.kind}, bounds, decimals, bins and
 * categories separated by commas), not JSON; a row left without schema and field is ignored.
 * A value that cannot be read is refused as {@code pilot_invalid} naming the field, as the API does.
 */
final class PilotForm {

    /** How many field rows the form offers. */
    static final int ROWS = 3;
    static final List<String> NAMES = List.of("title", "purpose", "description", "targetCohort", "startsOn", "endsOn", "fundingAmount",
            "fundingCurrency", "policyUrl");
    static final List<String> ROW_NAMES = List.of("schema", "field", "kind", "lower", "upper", "decimals", "bins", "categories");

    private PilotForm() {
    }

    /** What was typed, to show the form again as it was after a refusal. */
    static Map<String, String> values(MultiMap f) {
        Map<String, String> values = new LinkedHashMap<>();
        NAMES.forEach(n -> values.put(n, f.get(n) == null ? "" : f.get(n)));
        for (int i = 0; i < ROWS; i++) {
            for (String n : ROW_NAMES) {
                String key = "f" + i + "." + n;
                values.put(key, f.get(key) == null ? "" : f.get(key));
            }
        }
        values.put("categories", String.join(",", f.getAll("categories")));
        return values;
    }

    static NewPilot read(MultiMap f) {
        List<PilotField> fields = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String p = "f" + i + ".";
            if (blank(f.get(p + "schema")) && blank(f.get(p + "field"))) {
                continue;
            }
            String at = "fields[" + fields.size() + "]";
            PilotField.Kind kind = PilotField.Kind.fromCode(f.get(p + "kind"));
            if (kind == PilotField.Kind.CATEGORICAL) {
                fields.add(PilotField.categorical(f.get(p + "schema"), f.get(p + "field"), list(f.get(p + "categories"))));
            } else {
                fields.add(new PilotField(f.get(p + "schema"), f.get(p + "field"), kind, number(f.get(p + "lower"), at + ".lower"),
                        number(f.get(p + "upper"), at + ".upper"), whole(f.get(p + "decimals"), at + ".decimals"),
                        list(f.get(p + "bins")).stream().map(b -> number(b, at + ".bins")).toList(), List.of()));
            }
        }
        return new NewPilot(f.get("title"), f.get("purpose"), f.get("description"), List.copyOf(f.getAll("categories")), fields,
                wholeOr(f.get("targetCohort"), "targetCohort", -1), date(f.get("startsOn"), "startsOn"), date(f.get("endsOn"), "endsOn"),
                number(f.get("fundingAmount"), "funding.amount"), f.get("fundingCurrency") == null ? null : f.get("fundingCurrency").strip(),
                f.get("policyUrl"));
    }

    /** The form input a refused field names: {@code fields[1].bins} is the second filled row's bins. */
    static String inputFor(String field, MultiMap f) {
        if (field == null) {
            return null;
        }
        if (field.startsWith("fields[")) {
            int index = Integer.parseInt(field.substring(7, field.indexOf(']')));
            String part = field.contains(".") ? field.substring(field.indexOf('.') + 1) : "schema";
            int row = -1;
            for (int i = 0, filled = -1; i < ROWS; i++) {
                if (!(blank(f.get("f" + i + ".schema")) && blank(f.get("f" + i + ".field"))) && ++filled == index) {
                    row = i;
                    break;
                }
            }
            return row < 0 ? "f0-schema" : "f" + row + "-" + part;
        }
        return switch (field) {
            case "funding.amount", "funding" -> "fundingAmount";
            case "funding.currency" -> "fundingCurrency";
            case "categories" -> "categories";
            default -> NAMES.contains(field) ? field : null;
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> list(String s) {
        return blank(s) ? List.of() : Arrays.stream(s.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static BigDecimal number(String s, String field) {
        if (blank(s)) {
            return null;
        }
        try {
            String text = s.strip().replace(',', '.');
            if (text.length() > 30) {
                throw new NumberFormatException();
            }
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw PilotRules.invalid(field, "a number such as 12.5");
        }
    }

    private static Integer whole(String s, String field) {
        return blank(s) ? null : wholeOr(s, field, null);
    }

    private static Integer wholeOr(String s, String field, Integer missing) {
        if (blank(s)) {
            return missing;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw PilotRules.invalid(field, "a whole number");
        }
    }

    private static LocalDate date(String s, String field) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw PilotRules.invalid(field, "a date, YYYY-MM-DD");
        }
    }
}
