package org.hearth.governance.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.hearth.kernel.money.Money;
import org.hearth.web.pages.Messages;

/**
 * The governance pages' dates, amounts and shares. In English they keep the accounting notation
 * the ledger's documents use (ISO dates, plain amounts such as {@code 25000.00}, {@code 65.0%});
 * in French they are written the French way ({@code 1 avr. 2023}, {@code 25 000,00}, {@code 65,0 %}).
 */
public final class Figures {

    private final Messages m;

    Figures(Messages m) {
        this.m = m;
    }

    private boolean english() {
        return "en".equals(m.language());
    }

    public String date(LocalDate date) {
        return date == null ? "" : english() ? date.toString() : m.date(date);
    }

    public String date(String iso) {
        return iso == null ? "" : date(LocalDate.parse(iso));
    }

    public String period(LocalDate from, LocalDate to) {
        return m.t("gov.period", date(from), date(to));
    }

    public String period(String from, String to) {
        return m.t("gov.period", date(from), date(to));
    }

    public String amount(Money money) {
        return money == null ? "" : amount(money.amount());
    }

    public String amount(String plain) {
        return plain == null ? "" : amount(new BigDecimal(plain));
    }

    private String amount(BigDecimal value) {
        return english() ? value.toPlainString() : m.formats().number(value);
    }

    /** A share held as a fraction ({@code 0.65}) as a percentage with one decimal. */
    public String percent(String share) {
        if (share == null) {
            return "—";
        }
        return percent(new BigDecimal(share));
    }

    public String percent(BigDecimal share) {
        BigDecimal points = share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
        return english() ? points.toPlainString() + "%" : m.formats().number(points) + "\u00a0%";
    }

    /** An account as {@code code name}; the seeded chart's accounts have a French name, accounts the operator added keep theirs. */
    public String account(org.hearth.governance.ledger.Account account) {
        String name = english() || !account.seeded() ? account.name() : m.tOr("gov.accountName." + account.code(), account.name());
        return account.code() + " " + name;
    }

    /** A college of the charter: its name there, or in French its French name when the charter's id has one. */
    public String college(org.hearth.governance.charter.College college) {
        return english() ? college.name() : m.tOr("gov.college." + college.id(), college.name());
    }

    /** Percentage points ({@code 50} → {@code 50%}). */
    public String points(BigDecimal points) {
        return english() ? points.toPlainString() + "%" : m.formats().number(points) + "\u00a0%";
    }

    /** A code such as {@code annual_report}: itself in English (the forms' options show codes), its French name in French. */
    public String code(String group, String code) {
        if (code == null) {
            return "";
        }
        return english() ? code : m.tOr("gov." + group + "." + code, code.replace('_', ' '));
    }

    /** A form's option: the code in English, as the forms have always shown it; its French name in French. */
    public String option(String group, String code) {
        return code(group, code);
    }

    /** A code in running text: {@code annual report} in English, its French name in French. */
    public String words(String group, String code) {
        return code == null ? "" : english() ? code.replace('_', ' ') : code(group, code);
    }
}
