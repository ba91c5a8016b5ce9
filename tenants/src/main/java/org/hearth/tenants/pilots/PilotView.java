package org.hearth.tenants.pilots;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.hearth.datastore.Categories;
import org.hearth.kernel.money.Money;
import org.hearth.web.pages.Messages;

/**
 * A pilot as the console and staff pages word it, in the reader's language. {@code participants}
 * is never a count: "at least N people have joined" once N have, else null (the pages say nothing).
 */
public record PilotView(String id, String title, String tenant, String purpose, String description, String categories, String status,
                        String statusWords, String dates, int targetCohort, String funding, String fundingReceived, String decisionReason,
                        String decidedAt, String invitationUrl, String endedAt, String policyUrl, List<FieldLine> fields, String participants) {

    /** One field to aggregate: the record schema, the property, its kind and what it declares. */
    public record FieldLine(String schema, String field, String kind, String detail) {
    }

    public static PilotView of(Messages m, Pilot p, String invitationUrl, String participants) {
        NewPilot t = p.terms();
        String categories = t.categories().stream().map(c -> Categories.label(c, m.language())).collect(Collectors.joining(", "));
        String received = p.fundingReceivedOn() == null ? null : m.t("pilot.funding.received", m.date(p.fundingReceivedOn()), p.fundingReference());
        return new PilotView(p.id().toString(), t.title(), p.tenantName(), t.purpose(), t.description(), categories, p.status().code(),
                m.t("pilot.status." + p.status().code()), m.t("pilot.dates", m.date(t.startsOn()), m.date(t.endsOn())), t.targetCohort(),
                money(m, t.fundingAmount(), t.fundingCurrency()), received, p.decisionReason(),
                p.decidedAt() == null ? null : m.dateTime(p.decidedAt()), invitationUrl, p.endedAt() == null ? null : m.dateTime(p.endedAt()),
                t.policyUrl(), t.fields().stream().map(f -> line(m, f)).toList(), participants);
    }

    private static FieldLine line(Messages m, PilotField f) {
        if (f.kind() == PilotField.Kind.CATEGORICAL) {
            return new FieldLine(f.schema(), f.field(), m.t("pilot.kind.categorical"), String.join(", ", f.categories()));
        }
        String bounds = m.t("pilot.field.bounds", f.lower().toPlainString(), f.upper().toPlainString(), f.decimals());
        String bins = f.bins().isEmpty() ? "" : " · " + m.t("pilot.field.bins", f.bins().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", ")));
        return new FieldLine(f.schema(), f.field(), m.t("pilot.kind.numeric"), bounds + bins);
    }

    /** The amount in the reader's format; as written when the currency has fewer decimals than it. */
    static String money(Messages m, BigDecimal amount, String currency) {
        try {
            return m.money(Money.of(amount.stripTrailingZeros().toPlainString(), currency));
        } catch (IllegalArgumentException e) {
            return amount.toPlainString() + " " + currency;
        }
    }
}
