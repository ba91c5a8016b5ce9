package org.hearth.reporting.pilots;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.datastore.PilotCohorts;

/**
 * A question's cohort as it is read: each participant whose record passes the filters and has a
 * usable value of the field contributes exactly one value (the datastore hands each participant
 * once, with one record). The values stay in this object, inside the platform; only the
 * mechanism's noisy answer is published. The participants are kept for their access logs.
 */
final class Tally implements java.util.function.Consumer<PilotCohorts.Participant> {

    private final CheckedQuestion question;
    private final Set<String> wanted = new HashSet<>();
    private final List<PilotCohorts.Participant> included = new ArrayList<>();
    private final List<BigDecimal> numbers = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();

    Tally(CheckedQuestion question) {
        this.question = question;
        wanted.addAll(question.filters().keySet());
        if (question.field() != null) {
            wanted.add(question.field());
        }
    }

    @Override
    public void accept(PilotCohorts.Participant p) {
        Map<String, Object> values = RecordValues.of(p.dataJson(), wanted);
        for (Map.Entry<String, String> filter : question.filters().entrySet()) {
            if (!filter.getValue().equals(values.get(filter.getKey()))) {
                return;
            }
        }
        PilotField target = question.target();
        if (target != null) {
            Object value = values.get(target.field());
            if (target.numeric()) {
                if (!(value instanceof BigDecimal number)) {
                    return;
                }
                numbers.add(number);
            } else {
                if (!(value instanceof String category) || !target.categories().contains(category)) {
                    return;
                }
                categories.add(category);
            }
        }
        included.add(p);
    }

    /** How many participants the answer is about: the exact count a noisy count is drawn around, never published nor compared with anything. */
    int size() {
        return included.size();
    }

    List<PilotCohorts.Participant> included() {
        return included;
    }

    List<BigDecimal> numbers() {
        return numbers;
    }

    List<String> categories() {
        return categories;
    }
}
