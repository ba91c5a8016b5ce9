package org.hearth.datastore.schemas;

import java.math.BigInteger;
import java.util.Locale;

/** International Bank Account Numbers (ISO 13616): the shape and the mod-97 check digits. */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** {@code text} without spaces, in capitals: the form an IBAN is stored in. */
    public static String normalise(String text) {
        return text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** Whether {@code text} (spaces allowed) is an IBAN whose check digits are right. */
    public static boolean isValid(String text) {
        String iban = normalise(text);
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
