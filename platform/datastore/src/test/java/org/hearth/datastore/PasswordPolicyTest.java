package org.hearth.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(PasswordPolicy.problem("correct horse battery staple", "a@example.org")).isNull();
    }

    @Test
    void eachRuleExplainsItselfInPlainWords() {
        assertThat(PasswordPolicy.problem("short", null)).contains("at least 10 characters");
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaa", null)).contains("one character repeated");
        assertThat(PasswordPolicy.problem("xx-a@example.org-xx", "a@example.org")).contains("your email");
        assertThat(PasswordPolicy.problem("Password123", null)).contains("most commonly used");
        assertThat(PasswordPolicy.problem("x".repeat(100) + "y".repeat(200), null)).contains("at most 256");
    }

    @Test
    void aWeakPasswordIsATypedError() {
        assertThatThrownBy(() -> PasswordPolicy.check("short", null))
                .isInstanceOfSatisfying(HearthException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.WEAK_PASSWORD));
    }

    @Test
    void emailsAreNormalisedAndMalformedOnesRefused() {
        assertThat(new Email("  Ada@Example.ORG ").value()).isEqualTo("ada@example.org");
        assertThat(new Email("a@b.org").toString()).doesNotContain("a@b.org");
        assertThatThrownBy(() -> new Email("not-an-email")).isInstanceOf(HearthException.class);
        assertThatThrownBy(() -> new Email("a@b")).isInstanceOf(HearthException.class);
    }
}
