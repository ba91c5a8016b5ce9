package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Records through forms built from their types, in a real headless Chromium: every registered type
 * is filled in and reads back in labelled words (no JSON anywhere), in English and in French; a
 * mistyped IBAN is refused next to its field; a change keeps the old version viewable; a delete
 * asks first and says what it did.
 */
class RecordFormsBrowserIT {

    @RegisterExtension
    static final BrowserWorld web = BrowserWorld.create();

    private static final String EMAIL = "forms@example.org";
    private static final String PASSWORD = "forms for everyone";

    @BeforeAll
    static void account() {
        Http http = new Http(web.platform().port());
        TestPlatform.individual(http, EMAIL, PASSWORD);
        for (String language : List.of("en", "fr")) {
            var created = http.postJson("/api/v1/accounts", "{\"email\":\"" + language + "-" + EMAIL + "\",\"password\":\"" + PASSWORD
                    + "\",\"language\":\"" + language + "\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
    }

    private static List<String> types() {
        List<String> ids = new ArrayList<>();
        Http.json(new Http(web.platform().port()).get("/api/v1/schemas")).getJsonArray("items")
                .forEach(t -> ids.add(((JsonObject) t).getString("id")));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(13);
        return ids;
    }

    @Test
    @DisplayName("Every record type is filled in through its form on a 320-px phone and reads back as labelled values, in English and in French")
    void everyTypeThroughItsForm() {
        Browser.phone(web.browser());
        for (String language : List.of("en", "fr")) {
            // One account per language: the account's own language is what its pages speak.
            web.signIn("/login?lang=" + language, language + "-" + EMAIL, PASSWORD);
            for (String type : types()) {
                Browser.open(web.browser(), web.base() + "/account/records/new?type=" + java.net.URLEncoder.encode(type, java.nio.charset.StandardCharsets.UTF_8),
                        Browser.present(By.cssSelector("main form [name^='f.']")));
                assertThat(Browser.overflow(web.browser())).as(type + "'s form scrolls sideways at 320 px in " + language).isLessThanOrEqualTo(0);
                boolean dated = !web.browser().findElements(By.cssSelector("main form input[type=date]")).isEmpty();
                Set<String> chosen = fill(language);
                Browser.navigate(web.browser(), By.cssSelector("main form button[type=submit]"),
                        Browser.all(Browser.at("done=record-created"), Browser.present(By.id("record-data"))));
                assertThat(Browser.overflow(web.browser())).as(type + "'s record page scrolls sideways at 320 px in " + language).isLessThanOrEqualTo(0);
                String shown = Browser.text(web.browser(), By.id("record-data"));
                assertThat(chosen).as(type + ": the form has fields to fill").isNotEmpty();
                chosen.forEach(value -> assertThat(shown).as(type + " in " + language + " shows " + value).contains(value));
                String main = Browser.text(web.browser(), By.tagName("main"));
                assertThat(main).as(type + ": no JSON on the page").doesNotContain("{\"").doesNotContain("hearth:").doesNotContain("dpv");
                if (dated) {
                    assertThat(main).as("dates in words").contains("en".equals(language) ? "17 May 2020" : "17 mai 2020");
                }
            }
        }
    }

    /** Fills every input of the form on the page with a value of its kind; returns the texts and option labels the record must then show. */
    private static Set<String> fill(String language) {
        Set<String> chosen = new LinkedHashSet<>();
        for (WebElement field : web.browser().findElements(By.cssSelector("main form [name^='f.']"))) {
            String name = field.getDomAttribute("name");
            String id = field.getDomAttribute("id");
            if (name.matches(".*\\.[1-9]\\d*\\..*")) {
                continue;
            }
            switch (field.getTagName()) {
                case "select" -> {
                    Select list = new Select(field);
                    list.selectByIndex(1);
                    chosen.add(list.getFirstSelectedOption().getText());
                }
                case "textarea" -> {
                    Browser.type(web.browser(), By.id(id), "Sample one\nSample two");
                    chosen.add("Sample two");
                }
                default -> {
                    String type = field.getDomAttribute("type");
                    String mode = String.valueOf(field.getDomAttribute("inputmode"));
                    if ("date".equals(type)) {
                        Browser.setValue(web.browser(), id, "2020-05-17");
                    } else {
                        String value = switch (name.substring(name.lastIndexOf('.') + 1)) {
                            case "iban" -> "GB82 WEST 1234 5698 7654 32";
                            case "startTime" -> "09:30";
                            case "bic" -> "NWBKGB2L";
                            case "vin" -> "1HGCM82633A004352";
                            case "email" -> "sample@example.org";
                            default -> "email".equals(type) ? "sample@example.org" : "tel".equals(type) ? "+44 20 7946 0000"
                                    : "numeric".equals(mode) ? "2019" : "decimal".equals(mode) ? ("fr".equals(language) ? "1250,50" : "1250.50")
                                    : "Sample";
                        };
                        Browser.type(web.browser(), By.id(id), value);
                        if (value.startsWith("Sample") || value.contains("@") || value.startsWith("+44")) {
                            chosen.add(value);
                        }
                    }
                }
            }
        }
        return chosen;
    }

    @Test
    @DisplayName("A mistyped IBAN is refused next to its field, with what was typed kept; corrected, the account is saved")
    void ibanMistake() {
        web.signIn("/login?lang=en", EMAIL, PASSWORD);
        Browser.open(web.browser(), web.base() + "/account/records/new?lang=en", Browser.present(By.id("types")));
        Browser.navigate(web.browser(), By.linkText("Bank account"), Browser.present(By.id("f-iban")));
        Browser.type(web.browser(), By.id("f-holder"), "Jane Doe");
        Browser.type(web.browser(), By.id("f-iban"), "GB82 WEST 1234 5698 7654 33");
        Browser.navigate(web.browser(), By.cssSelector("main form button[type=submit]"), Browser.present(By.id("error-summary")));
        assertThat(Browser.text(web.browser(), By.id("f-iban-error"))).contains("This IBAN is not right");
        assertThat(Browser.attribute(web.browser(), By.id("f-iban"), "aria-invalid")).isEqualTo("true");
        assertThat(Browser.attribute(web.browser(), By.id("f-iban"), "aria-describedby")).contains("f-iban-error");
        assertThat(web.browser().findElement(By.id("f-holder")).getDomProperty("value")).isEqualTo("Jane Doe");
        assertThat(Browser.text(web.browser(), By.id("error-summary"))).contains("IBAN");
        Browser.type(web.browser(), By.id("f-iban"), "GB82 WEST 1234 5698 7654 32");
        Browser.navigate(web.browser(), By.cssSelector("main form button[type=submit]"), Browser.present(By.id("record-data")));
        assertThat(Browser.text(web.browser(), By.id("record-data"))).contains("GB82 WEST 1234 5698 7654 32").contains("Jane Doe");
    }

    @Test
    @DisplayName("A change keeps the earlier version viewable with who made it; deleting asks first, can be cancelled, and says what it did")
    void changeHistoryAndDelete() {
        web.signIn("/login?lang=en", EMAIL, PASSWORD);
        Browser.open(web.browser(), web.base() + "/account/records/new?type=hearth%3Anote%2Fv1&lang=en", Browser.present(By.id("f-text")));
        Browser.type(web.browser(), By.id("title"), "Spare key");
        Browser.type(web.browser(), By.id("f-text"), "Under the blue pot");
        Browser.navigate(web.browser(), By.cssSelector("main form button[type=submit]"), Browser.present(By.id("record-data")));
        Browser.type(web.browser(), By.id("f-text"), "With the neighbour at number 14");
        Browser.navigate(web.browser(), By.cssSelector("form[aria-labelledby=change-h] button[type=submit]"),
                Browser.all(Browser.at("done=record-saved"), Browser.shows(By.id("record-data"), "number 14")));
        assertThat(Browser.text(web.browser(), By.cssSelector("[role=status]"))).contains("Your changes are saved");
        String history = Browser.text(web.browser(), By.id("history"));
        assertThat(history).contains("Version 2").contains("Version 1").contains("by you");
        web.browser().findElement(By.cssSelector("#history li:last-child summary")).click();
        Browser.await(web.browser(), "the first version opened", d -> d.findElement(By.cssSelector("#history li:last-child details")).getText()
                .contains("Under the blue pot"));

        Browser.navigate(web.browser(), By.id("delete"), Browser.present(By.id("confirm")));
        assertThat(Browser.text(web.browser(), By.tagName("main"))).contains("Delete “Spare key”?").contains("cannot be undone");
        Browser.navigate(web.browser(), By.id("cancel"), Browser.present(By.id("record-data")));
        Browser.navigate(web.browser(), By.id("delete"), Browser.present(By.id("confirm")));
        Browser.navigate(web.browser(), By.id("confirm"), Browser.all(Browser.at("done=record-deleted"), Browser.present(By.id("done"))));
        assertThat(Browser.text(web.browser(), By.id("done"))).contains("The record is deleted");
        assertThat(Browser.text(web.browser(), By.tagName("main"))).doesNotContain("Spare key");
    }
}
