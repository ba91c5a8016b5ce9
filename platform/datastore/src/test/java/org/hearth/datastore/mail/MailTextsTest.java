package org.hearth.datastore.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hearth.datastore.IndividualMail.Kind;
import org.junit.jupiter.api.Test;

/** The words of the mail that says a large file has been added, in both languages. */
class MailTextsTest {

    private final MailTexts texts = new MailTexts("https://hearth.example/");
    private final Map<String, String> facts = Map.of("format", "linky", "count", "450", "job", "0b7e5b1c-4a53-4d0e-9d43-6a3b9a4f2c10");

    @Test
    void theImportDoneMailSaysWhatWasAddedAndWhereWithNothingPersonalInItsSubject() {
        MailTexts.Rendered en = texts.render(Kind.IMPORT_DONE, "en", facts);
        assertThat(en.subject()).isEqualTo("Your file has been added to Hearth");
        assertThat(en.body()).contains("Electricity consumption (Linky)").contains("450 records")
                .contains("https://hearth.example/account/import/jobs/0b7e5b1c-4a53-4d0e-9d43-6a3b9a4f2c10")
                .contains("https://hearth.example/account/notifications");
        MailTexts.Rendered fr = texts.render(Kind.IMPORT_DONE, "fr", facts);
        assertThat(fr.subject()).isEqualTo("Votre fichier a été ajouté à Hearth");
        assertThat(fr.body()).contains("450 données").contains("/account/import/jobs/0b7e5b1c-4a53-4d0e-9d43-6a3b9a4f2c10");
    }
}
