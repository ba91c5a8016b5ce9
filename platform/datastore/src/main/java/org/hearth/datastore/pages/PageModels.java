package org.hearth.datastore.pages;

import java.util.List;
import org.hearth.datastore.accesslog.AccessEntry;
import org.hearth.datastore.accesslog.AccessLog;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.RequestTerms;
import org.hearth.datastore.Record;
import org.hearth.datastore.tokens.PersonalToken;
import org.hearth.web.pages.Messages;

/** The models of the individual's templates, one record per template (its one {@code @param}). */
public final class PageModels {

    private PageModels() {
    }

    /** A form's refusal ({@code error}) or a change's confirmation ({@code notice}); either may be null. */
    public record Outcome(String error, String notice) {
        static final Outcome NONE = new Outcome(null, null);
    }

    public record Signup(Messages m, String csrf, String email, Outcome outcome) {
    }

    public record Category(String anchor, String label, List<Record> records) {
    }

    public record Dashboard(Messages m, String csrf, List<Category> categories, List<NoticeLine> unread, List<NoticeLine> read) {
    }

    /** A notice to the individual in their language, with when it came (and was read). */
    public record NoticeLine(java.util.UUID id, String text, String sent, String readOn) {
    }

    /** The record form's fields, shared by the new and edit forms. */
    public record RecordFields(Messages m, String schema, String category, String title, String data, List<Option> categories) {
    }

    public record Option(String value, String label) {
    }

    public record NewRecord(Messages m, String csrf, RecordFields fields, Outcome outcome) {
    }

    public record RecordView(Messages m, String csrf, Record record, String prettyData, RecordFields fields, List<Record.Version> versions,
                             Outcome outcome) {
    }

    public record AccessLogView(Messages m, AccessLog.Verification verification, List<AccessEntry> entries) {

        public String categories(AccessEntry e) {
            return String.join(", ", e.categories().stream().map(c -> org.hearth.datastore.Categories.label(c, m.language())).toList());
        }

        /** The reason in the reader's words: a pilot's inclusion entry is told in their language, others as written. */
        public String reason(AccessEntry e) {
            if (!org.hearth.datastore.accesslog.PilotInclusion.ACTION.equals(e.action())) {
                return e.reason();
            }
            return org.hearth.datastore.accesslog.PilotInclusion.parse(e.reason())
                    .map(p -> m.t("accessLog.pilot", p.title(), p.organisation(), p.question())).orElse(e.reason());
        }
    }

    /** @param language the language the form shows as chosen ({@code en} or {@code fr}) */
    public record Settings(Messages m, String csrf, PersonalToken.Created created, List<PersonalToken> tokens, String language, Outcome outcome) {
    }

    public record DeleteAccount(Messages m, String csrf, Outcome outcome) {
    }

    /**
     * The review of a request. For an aggregate-only request (a pilot's), {@code minimumCohort} is
     * the smallest group its organisation may ask about (0 otherwise) and {@code lastDay} the
     * pilot's last day, when every agreement under it ends.
     */
    public record Review(Messages m, String csrf, String code, RequestTerms terms, List<String> categories, Outcome outcome,
                         int minimumCohort, String lastDay) {

        public boolean aggregateOnly() {
            return terms.aggregateOnly();
        }
    }

    public record AgreementLine(Agreement agreement, String status, String until) {
    }

    public record Agreements(Messages m, String csrf, boolean declined, List<AgreementLine> agreements) {
    }
}
