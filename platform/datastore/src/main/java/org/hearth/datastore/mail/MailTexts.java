package org.hearth.datastore.mail;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hearth.datastore.IndividualMail.Kind;
import org.hearth.web.pages.Messages;

/**
 * A mail's words, from the pages' message bundles: the subject names no person, no organisation
 * and no record (someone reading over a shoulder or a mail server's log learns only that Hearth
 * wrote); the body says what happened, where to see it, and how to choose which notices come.
 */
final class MailTexts {

    record Rendered(String subject, String body) {
    }

    private final String baseUrl;

    MailTexts(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The mail in {@code language}; null: in every language offered, English first. */
    Rendered render(Kind kind, String language, Map<String, String> facts) {
        if (language == null) {
            Rendered en = render(kind, "en", facts);
            Rendered fr = render(kind, "fr", facts);
            return new Rendered(en.subject() + " / " + fr.subject(), en.body() + "\n\n----------\n\n" + fr.body());
        }
        Messages m = Messages.of(language);
        String key = "mail." + kind.stored();
        String body = switch (kind) {
            case CONFIRM_ADDRESS -> m.t(key + ".body", link("/account/confirm-email?token=" + facts.get("token")));
            case AGREEMENT_GRANTED, AGREEMENT_EXPIRING -> m.t(key + ".body", facts.get("organisation"), facts.get("title"),
                    date(m, facts.get("ends")), link("/account/agreements/" + facts.get("agreement")));
            case AGREEMENT_ENDED -> m.t(key + "." + ("revoked".equals(facts.get("reason")) ? "revoked" : "expired") + ".body",
                    facts.get("organisation"), facts.get("title"), link("/account/agreements/" + facts.get("agreement")));
            case RECORD_DELIVERED -> m.t(key + ".body", facts.get("organisation"), facts.get("title"), link("/account/records/" + facts.get("record")));
            case BREACH -> m.t(key + ".body", facts.getOrDefault(language, facts.get("en")), link("/account"));
            case ERASED -> m.t(key + ".body");
            case EXPORT_READY -> m.t(key + ".body", link("/account/export"), date(m, facts.get("expires")));
            case IMPORT_DONE -> m.t(key + ".body", m.t("import.format." + facts.get("format")), facts.get("count"),
                    link("/account/import/jobs/" + facts.get("job")));
            case TEAM_INVITATION -> m.t(key + ".body", facts.get("organisation"), m.t("con.role." + facts.get("role")),
                    link("/console/invitation?token=" + facts.get("token")), date(m, facts.get("expires")));
        };
        String footer = switch (kind) {
            case ERASED, TEAM_INVITATION -> m.t("mail.footer.plain");
            default -> kind.optional() ? m.t("mail.footer.optional", link("/account/notifications")) : m.t("mail.footer.required", link("/account/notifications"));
        };
        return new Rendered(m.t(key + ".subject"), body + "\n\n-- \n" + footer);
    }

    private String link(String path) {
        return baseUrl + path;
    }

    private static String date(Messages m, String iso) {
        if (iso == null) {
            return "";
        }
        return iso.length() == 10 ? m.date(LocalDate.parse(iso)) : m.date(OffsetDateTime.parse(iso).toInstant());
    }
}
