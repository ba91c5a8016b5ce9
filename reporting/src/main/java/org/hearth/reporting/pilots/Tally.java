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
 * once, with one record). {@link #read} works a record out on whichever thread decrypted it (it
 * reads only the question, so many can run at once); {@link #accept} then adds the contributions
 * on the caller's thread, in the order they were read. The values stay in this object, inside
 * the platform; only the mechanism's noisy answer is published. The participants are kept for
 * their access logs.
 */
final class Tally implements java.util.function.Consumer<Tally.Contribution> {

    /** One participant's part in the answer: the field's value (a number or a category), or none when the question has no field. */
    record Contribution(PilotCohorts.Participant who, BigDecimal number, String category) {
    }

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

    /** What the participant's record contributes, or null when it fails a filter or has no usable value; safe to call from many threads. */
    Contribution read(PilotCohorts.Participant p) {
        Map<String, Object> values = RecordValues.of(p.dataJson(), wanted);
        for (Map.Entry<String, String> filter : question.filters().entrySet()) {
            if (!filter.getValue().equals(values.get(filter.getKey()))) {
                return null;
            }
        }
        // The record's text is not needed past this point: only the ids go on, for the access logs.
        PilotCohorts.Participant who = new PilotCohorts.Participant(p.individualId(), p.agreementId(), null);
        PilotField target = question.target();
        if (target == null) {
            return new Contribution(who, null, null);
        }
        Object value = values.get(target.field());
        if (target.numeric()) {
            return value instanceof BigDecimal number ? new Contribution(who, number, null) : null;
        }
        return value instanceof String category && target.categories().contains(category) ? new Contribution(who, null, category) : null;
    }

    @Override
    public void accept(Contribution c) {
        if (c.number() != null) {
            numbers.add(c.number());
        } else if (c.category() != null) {
            categories.add(c.category());
        }
        included.add(c.who());
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
