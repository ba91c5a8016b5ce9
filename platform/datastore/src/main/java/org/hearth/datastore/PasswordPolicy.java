package org.hearth.datastore;

import java.util.Locale;
import java.util.Set;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * Length over composition rules (NIST SP 800-63B): at least 10 characters, at most 256, not the
 * email, not one character repeated, and not one of the passwords every attacker tries first.
 */
public final class PasswordPolicy {

    static final int MIN = 10;
    static final int MAX = 256;
    private static final Set<String> COMMON = Set.of("password123", "1234567890", "qwertyuiop", "password1234",
            "iloveyou123", "letmein1234", "0123456789", "passw0rd123", "abcdefghij", "azertyuiop");

    private PasswordPolicy() {
    }

    public static void check(String password, String email) {
        String problem = problem(password, email);
        if (problem != null) {
            throw new HearthException(ErrorCode.WEAK_PASSWORD, problem);
        }
    }

    static String problem(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN) {
            return "Choose a password of at least " + MIN + " characters; a few unrelated words make a good one.";
        }
        if (password.length() > MAX) {
            return "Choose a password of at most " + MAX + " characters.";
        }
        if (password.chars().distinct().count() == 1) {
            return "Choose a password that is not one character repeated.";
        }
        if (email != null && password.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT))) {
            return "Choose a password that does not contain your email.";
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return "That password is among the most commonly used; choose another.";
        }
        return null;
    }
}
