package org.hearth.datastore.pages;

import java.util.List;
import java.util.Map;
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

    public record Dashboard(Messages m, String csrf, List<Category> categories, List<NoticeLine> unread, List<NoticeLine> read, String done) {
    }

    /** A notice to the individual in their language, with when it came (and was read). */
    public record NoticeLine(java.util.UUID id, String text, String sent, String readOn) {
    }

    public record Option(String value, String label) {
    }

    private static final Map<String, String> AUTOCOMPLETE = Map.ofEntries(Map.entry("givenName", "given-name"),
            Map.entry("familyName", "family-name"), Map.entry("birthDate", "bday"), Map.entry("email", "email"), Map.entry("phone", "tel"),
            Map.entry("mobile", "tel"), Map.entry("line1", "address-line1"), Map.entry("line2", "address-line2"),
            Map.entry("postcode", "postal-code"), Map.entry("city", "address-level2"), Map.entry("region", "address-level1"),
            Map.entry("country", "country"), Map.entry("jobTitle", "organization-title"), Map.entry("employer", "organization"));

    /** One input as the template shows it. */
    public record Input(String id, String name, String input, String label, String help, boolean required, String value,
                 List<PageModels.Option> options, String error, List<List<Input>> rows) {

        public boolean is(String kind) {
            return input.equals(kind);
        }

        /** The HTML input type: numbers stay text (with a numeric keyboard) so {@code 12,50} is accepted as typed. */
        public String htmlType() {
            return switch (input) {
                case "email", "tel", "date" -> input;
                default -> "text";
            };
        }

        public String inputMode() {
            return switch (input) {
                case "number" -> "decimal";
                case "integer" -> "numeric";
                default -> null;
            };
        }

        /** The input's purpose (WCAG 1.3.5), so browsers can fill it in; null when it has none. */
        public String autocomplete() {
            String field = name.substring(name.lastIndexOf('.') + 1);
            return is("iban") ? "off" : AUTOCOMPLETE.get(field);
        }

        public String describedBy() {
            String ids = (help == null ? "" : id + "-help ") + (error == null ? "" : id + "-error");
            return ids.isBlank() ? null : ids.strip();
        }
    }

    /** One labelled value; {@code items} holds a list's entries (then {@code value} is empty). */
    public record Line(String label, String value, List<String> items) {
    }

    /** A kind of record one can add: where its form is, its name and what it holds. */
    public record TypeChoice(String href, String title, String description) {
    }

    public record ChooseType(Messages m, List<TypeChoice> types) {
    }

    /** A new record's form: its type, the title typed, the inputs, and links to the failing ones. */
    public record NewRecord(Messages m, String csrf, String type, String typeDescription, String title, List<Input> inputs,
                            List<Option> errors, Outcome outcome) {
    }

    /**
     * A record's page. {@code source} says who entered it in words; {@code verification} is the
     * organisation's signature in words, {@code verificationCurrent} whether it still covers the
     * content as it is now.
     */
    public record RecordView(Messages m, String csrf, Record record, String typeTitle, List<Line> values, String source,
                             String verification, boolean verificationCurrent, List<Input> inputs, List<Option> errors,
                             List<VersionLine> versions, Outcome outcome) {
    }

    /** One version in a record's history: when, by whom, and what it held. */
    public record VersionLine(int version, String when, String by, String title, List<Line> values) {
    }

    /** The page that asks before something is undone or deleted: what will happen, the button that does it, the way back. */
    public record Confirm(Messages m, String csrf, String question, List<String> consequences, String action, String button, String back) {
    }

    /** The access log in words: other people's access grouped into lines, and the owner's own actions apart. */
    public record AccessLogView(Messages m, AccessLog.Verification verification, List<AccessLine> others, List<AccessLine> own) {
    }

    /** One line of the access log: the sentence, why, and when (first and last time, the same for one access). */
    public record AccessLine(String sentence, String why, String first, String last, int times) {
    }

    /** @param language the language the form shows as chosen ({@code en} or {@code fr}) */
    /** {@code zone}: the time zone pages are shown in now, among {@code zones}. */
    public record Settings(Messages m, String csrf, PersonalToken.Created created, List<PersonalToken> tokens, String language, List<Option> zones,
                           String zone, Outcome outcome) {
    }

    public record DeleteAccount(Messages m, String csrf, Outcome outcome) {
    }

    /**
     * The review of a request. For an aggregate-only request (a pilot's), {@code minimumCohort} is
     * the smallest group its organisation may ask about (0 otherwise) and {@code lastDay} the
     * pilot's last day, when every agreement under it ends.
     */
    public record Review(Messages m, String csrf, String code, RequestTerms terms, Outcome outcome, int minimumCohort, String lastDay) {

        public boolean aggregateOnly() {
            return terms.aggregateOnly();
        }

        /** Whether the platform checked who the organisation is, in words. */
        public String verified() {
            return terms.tenantVerifiedAt() == null ? m.t("request.verified.no")
                    : m.t("request.verified.yes", m.date(terms.tenantVerifiedAt()));
        }

        public Term purpose() {
            return Term.of(terms.purpose(), m.language());
        }

        public Term basis() {
            return Term.of(terms.lawfulBasis(), m.language());
        }

        public List<Term> categories() {
            return terms.categories().stream().map(c -> Term.of(c, m.language())).toList();
        }

        /** The organisation's kind in words ("a company"), or null when unknown. */
        public String kind() {
            return terms.tenantKind() == null ? null : m.tOr("request.kind." + terms.tenantKind(), null);
        }
    }

    /** The import page: the kinds of file Hearth reads (name, example), and what was wrong with the last one. */
    public record ImportForm(Messages m, String csrf, List<Option> formats, String error, List<ImportJobView> recent, String done) {
    }

    /** What a file will become before the person confirms: its kind, how many records, the first of them, the job waiting, and whether it runs in the background. */
    public record ImportPreview(Messages m, String csrf, String format, int count, List<Option> first, String job, boolean background) {
    }

    /** Moving in from another Hearth: the form, what was typed, how large an archive may be. */
    public record MoveIn(Messages m, String csrf, String email, String hint, Outcome outcome) {
    }

    /** An import in words: {@code state} is importing, done or failed. */
    public record ImportJobView(String id, String state, int percent, String words, String requested) {

        public boolean importing() {
            return "importing".equals(state);
        }
    }

    public record ImportJobPage(Messages m, String csrf, ImportJobView job, String done) {
    }

    /** A DPV term in words: its label and what it means for the person (empty when the table has no sentence). */
    public record Term(String label, String plain) {

        static Term of(String code, String language) {
            return new Term(org.hearth.datastore.Dpv.label(code, language), org.hearth.datastore.Dpv.plain(code, language));
        }
    }

    public record AgreementLine(Agreement agreement, String status, String until, String purpose) {
    }

    /** {@code earlier}: the agreements brought from another Hearth (link, name). */
    public record Agreements(Messages m, String csrf, String done, List<AgreementLine> agreements, List<Option> earlier) {
    }

    /**
     * One agreement as its consent receipt says it, in words: who, why, what, how, since and until
     * when, under which legal basis, in which language it was given; the signed receipt is a download.
     */
    public record AgreementView(Messages m, String csrf, Agreement agreement, String status, Term purpose, Term basis, List<Term> categories,
                                List<String> modes, String granted, String ends, String language, String receiptId, String done) {
    }

    /** One optional notice on the notifications page: its checkbox's value, its name, what it says, and whether it comes. */
    public record NoticeChoice(String value, String label, String help, boolean on) {
    }

    /** {@code address} null: none kept (an account made before mail), so the page asks for it. */
    public record Notifications(Messages m, String csrf, String address, boolean confirmed, List<NoticeChoice> optional, List<String> required,
                                boolean localOutbox, Outcome outcome) {
    }

    /** {@code token} null: nothing to confirm (done, failed, or no link). */
    public record ConfirmAddress(Messages m, String csrf, String token, Outcome outcome) {
    }

    public record OutboxLine(String href, String kind, String subject, String kept, String to) {
    }

    public record Outbox(Messages m, List<OutboxLine> mails, boolean active) {
    }

    /** {@code subject} null: no such mail (never kept, or gone after 30 days or with its person's erasure). */
    public record OutboxMail(Messages m, String to, String subject, String body, String kept, String kind, boolean toIndividual) {
    }

    /** A copy of one's data: its id, whether it is ready, how far it is, and that in words. */
    public record ExportView(String id, boolean ready, boolean failed, int percent, String words) {
    }

    /** {@code job} null: none kept. */
    public record Export(Messages m, String csrf, ExportView job, String done) {
    }
}
