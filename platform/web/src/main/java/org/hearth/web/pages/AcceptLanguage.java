package org.hearth.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Picks one of the languages the pages speak from an {@code Accept-Language} header (RFC 9110
 * §12.5.4): ranges ordered by quality, {@code q=0} refusing a language, a regional range such as
 * {@code fr-CA} standing for its language, and {@code *} accepting the first language offered.
 */
public final class AcceptLanguage {

    private AcceptLanguage() {
    }

    /** The best of {@code offered} (in preference order) for {@code header}; empty when the header accepts none of them. */
    public static Optional<String> choose(String header, List<String> offered) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length; i++) {
            Range range = Range.parse(parts[i].strip(), i);
            if (range != null) {
                ranges.add(range);
            }
        }
        Set<String> refused = new java.util.HashSet<>();
        ranges.stream().filter(r -> r.quality() == 0).forEach(r -> refused.add(r.language()));
        ranges.sort(Comparator.comparingDouble(Range::quality).reversed().thenComparingInt(Range::position));
        for (Range range : ranges) {
            if (range.quality() == 0) {
                continue;
            }
            if (range.language().equals("*")) {
                return offered.stream().filter(l -> !refused.contains(l)).findFirst();
            }
            if (offered.contains(range.language()) && !refused.contains(range.language())) {
                return Optional.of(range.language());
            }
        }
        return Optional.empty();
    }

    private record Range(String language, double quality, int position) {

        static Range parse(String text, int position) {
            if (text.isEmpty()) {
                return null;
            }
            String[] pieces = text.split(";");
            String tag = pieces[0].strip().toLowerCase(Locale.ROOT);
            int dash = tag.indexOf('-');
            String language = dash < 0 ? tag : tag.substring(0, dash);
            if (!language.equals("*") && !language.matches("[a-z]{1,8}")) {
                return null;
            }
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    if (!(quality >= 0 && quality <= 1)) {
                        return null;
                    }
                }
            }
            return new Range(language, quality, position);
        }
    }
}
