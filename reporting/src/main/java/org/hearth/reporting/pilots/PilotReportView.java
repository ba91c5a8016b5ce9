package org.hearth.reporting.pilots;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.kernel.money.Money;
import org.hearth.web.pages.Messages;

/**
 * The pilot report's page and PDF model (one template, {@code pilots/content.jte}, for both): every
 * figure already in the reader's words and number format, the noisy answers with their 95%
 * intervals, and for the partner the question form.
 */
public record PilotReportView(Messages m, String title, String organisation, String period, String status, String cohortSize,
                              List<Row> privacy, List<Row> funding, List<QuestionRow> questions, Form form, String pdf) {

    /** A labelled figure. */
    public record Row(String id, String label, String value) {
    }

    /** One question: what was asked, its answer (or refusal) and interval; a histogram's bins. */
    public record QuestionRow(int number, String asked, String epsilon, String answer, String interval, List<Row> bins, boolean answered) {
    }

    /** The question form: the pilot's fields, the last attempt's values, and what went wrong with it. */
    public record Form(String csrf, String action, List<Row> fields, List<Row> filters, String kind, String field, String filterField,
                       String filterValue, String epsilon, String maxEpsilon, String error, String errorField) {

        public boolean invalid(String name) {
            return name.equals(errorField);
        }
    }

    static PilotReportView of(Messages m, PilotReport r, Form form, String pdf) {
        Pilot p = r.pilot();
        String cohort = r.cohortSize().map(q -> m.t("pilotReport.cohort.measured", number(m, q.answer().value()), number(m, q.answer().low95()),
                number(m, q.answer().high95()), q.number())).orElse(m.t("pilotReport.cohort.notMeasured"));
        List<Row> privacy = List.of(new Row("mechanism", m.t("pilotReport.mechanism"), m.t("pilotReport.mechanism.discrete_laplace")),
                new Row("epsilon-total", m.t("pilotReport.epsilonTotal"), number(m, r.total())),
                new Row("epsilon-spent", m.t("pilotReport.epsilonSpent"), number(m, r.spent())),
                new Row("epsilon-remaining", m.t("pilotReport.epsilonRemaining"), number(m, r.remaining())),
                new Row("minimum-cohort", m.t("pilotReport.minimumCohort"), m.number(r.minimumCohort())));
        Money amount = new Money(p.fundingAmount(), java.util.Currency.getInstance(p.fundingCurrency()));
        List<Row> funding = new ArrayList<>(List.of(new Row("funding-amount", m.t("pilotReport.fundingAmount"), m.money(amount)),
                new Row("funding-received", m.t("pilotReport.fundingReceived"),
                        p.fundingReceivedAt() == null ? m.t("pilotReport.fundingNotYet") : m.date(p.fundingReceivedAt()))));
        if (p.fundingReference() != null) {
            funding.add(new Row("funding-reference", m.t("pilotReport.fundingReference"), p.fundingReference()));
        }
        List<QuestionRow> questions = r.questions().stream().map(q -> question(m, q)).toList();
        return new PilotReportView(m, p.title(), p.organisation(), m.t("pilotReport.period", m.date(p.startsOn()), m.date(p.endsOn())),
                m.tOr("pilotReport.status." + p.status(), p.status()), cohort, privacy, funding, questions, form, pdf);
    }

    private static QuestionRow question(Messages m, AskedQuestion q) {
        String asked = m.t("pilotReport.kind." + q.kind().wire(), q.field() == null ? m.t("pilotReport.everyone") : q.field());
        if (!q.filters().isEmpty()) {
            asked = asked + " " + m.t("pilotReport.where", String.join(", ", q.filters().entrySet().stream()
                    .map((Map.Entry<String, String> e) -> e.getKey() + " = " + e.getValue()).toList()));
        }
        String epsilon = number(m, q.epsilon());
        if (!q.answered()) {
            return new QuestionRow(q.number(), asked, epsilon, m.t("pilotReport.refused"), "", List.of(), false);
        }
        Published a = q.answer();
        if (!a.bins().isEmpty()) {
            List<Row> bins = a.bins().stream().map(b -> new Row("bin", b.label(), m.t("pilotReport.binValue", m.number(b.value()),
                    number(m, BigDecimal.valueOf(Math.max(0, b.value()) ).subtract(a.halfWidth95()).max(BigDecimal.ZERO)),
                    number(m, BigDecimal.valueOf(b.value()).add(a.halfWidth95()))))).toList();
            return new QuestionRow(q.number(), asked, epsilon, m.t("pilotReport.histogram", a.bins().size()),
                    m.t("pilotReport.plusMinus", number(m, a.halfWidth95())), bins, true);
        }
        return new QuestionRow(q.number(), asked, epsilon, number(m, a.value()), m.t("pilotReport.interval", number(m, a.low95()), number(m, a.high95())),
                List.of(), true);
    }

    static String number(Messages m, BigDecimal value) {
        return value == null ? "" : m.formats().number(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
    }
}
