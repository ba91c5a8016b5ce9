package org.hearth.reporting.gdpr;

import java.util.List;
import java.util.Locale;
import org.hearth.datastore.Categories;
import org.hearth.datastore.OwnData;
import org.hearth.web.pages.Messages;

/**
 * DPV terms, countries and access-log entries in words for people: a known term has a message
 * ({@code gdpr.purpose.<Term>}, {@code gdpr.basis.<Term>}); an unknown one is its name split into
 * words ("dpv:ServiceProvision" reads "service provision"), never the code.
 */
public final class Words {

    private final Messages m;

    public Words(Messages m) {
        this.m = m;
    }

    public Messages m() {
        return m;
    }

    public String purpose(String code) {
        return m.tOr("gdpr.purpose." + term(code), split(code));
    }

    public String basis(String code) {
        return m.tOr("gdpr.basis." + term(code), split(code));
    }

    public String category(String code) {
        return Categories.label(code, m.language());
    }

    public String categories(List<String> codes) {
        return String.join(", ", codes.stream().map(this::category).toList());
    }

    public String modes(List<String> modes) {
        return String.join(", ", modes.stream().map(x -> m.tOr("gdpr.mode." + x, x)).toList());
    }

    public String country(String code) {
        if (code == null) {
            return m.t("gdpr.country.unknown");
        }
        return Locale.of("", code).getDisplayCountry(Locale.of(m.language()));
    }

    public String retention(int days) {
        return days == 0 ? m.t("gdpr.retention.none") : m.t("gdpr.retention.days", days);
    }

    /** What an access-log entry did, in words, with the categories it touched. */
    public String action(OwnData.Access e) {
        String what = m.tOr("gdpr.action." + e.action(), split(e.action()));
        return e.categories().isEmpty() ? what : what + " · " + categories(e.categories());
    }

    /** Why: an organisation's access is logged with its agreement's DPV purpose, shown in words; other reasons as written. */
    public String reason(OwnData.Access e) {
        return e.reason() != null && e.reason().startsWith("dpv:") ? purpose(e.reason()) : e.reason();
    }

    /** Who an access-log entry names, in words: the organisation by name, you, or Hearth's staff. */
    public String who(OwnData.Access e, String organisation) {
        if (organisation != null) {
            return organisation;
        }
        return m.tOr("gdpr.who." + e.actorKind(), split(e.actorKind()));
    }

    static String term(String code) {
        int colon = code.lastIndexOf(':');
        return colon < 0 ? code : code.substring(colon + 1);
    }

    static String split(String code) {
        String t = term(code).replace('_', ' ').replace('-', ' ');
        return t.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT).trim();
    }
}
