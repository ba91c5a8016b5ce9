package org.hearth.datastore.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.hearth.datastore.Categories;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordSchemasTest {

    private final RecordSchemas schemas = RecordSchemas.builtIn();

    @Test
    @DisplayName("The registry holds every type the store offers, each labelled in both languages with a known category")
    void everyTypeIsLabelled() {
        assertThat(schemas.all()).extracting(RecordSchema::id).contains("hearth:identity/v1", "hearth:contact/v1", "hearth:address/v1",
                "hearth:bank-account/v1", "hearth:employment/v1", "hearth:education/v1", "hearth:health-summary/v1", "hearth:vehicle/v1",
                "hearth:energy-contract/v1", "hearth:meter-reading/v1", "hearth:insurance-policy/v1", "hearth:note/v1", "hearth:document/v1");
        for (RecordSchema s : schemas.all()) {
            assertThat(s.title("fr")).as(s.id()).isNotBlank().isNotEqualTo(s.id());
            assertThat(s.title("en")).as(s.id()).isNotBlank();
            assertThat(Categories.isKnown(s.category())).as(s.id()).isTrue();
            assertThat(s.fields()).as(s.id()).isNotEmpty();
            for (SchemaField f : s.fields()) {
                assertThat(f.label("fr")).as(s.id() + " " + f.name()).isNotBlank();
                assertThat(f.label("en")).as(s.id() + " " + f.name()).isNotBlank();
                f.choices().forEach((v, l) -> assertThat(l).as(s.id() + " " + f.name() + " " + v).doesNotContainNull());
            }
        }
    }

    @Test
    @DisplayName("A valid IBAN passes, with spaces; a mistyped digit names the field and the rule")
    void ibanIsChecked() {
        assertThat(schemas.problems("hearth:bank-account/v1", new JsonObject().put("iban", "GB82 WEST 1234 5698 7654 32"))).isEmpty();
        assertThat(schemas.problems("hearth:bank-account/v1", new JsonObject().put("iban", "FR7630006000011234567890189"))).isEmpty();
        assertThat(schemas.problems("hearth:bank-account/v1", new JsonObject().put("iban", "GB82 WEST 1234 5698 7654 33")))
                .containsExactly(new FieldError("/iban", "iban", "format"));
        assertThat(schemas.problems("hearth:bank-account/v1", new JsonObject().put("holder", "Jane")))
                .containsExactly(new FieldError("/iban", "iban", "required"));
    }

    @Test
    @DisplayName("Dates, choices, numbers and lists are checked; the failing field is named")
    void rulesNameTheField() {
        assertThat(schemas.problems("hearth:identity/v1", new JsonObject().put("birthDate", "31/02/1990")))
                .extracting(FieldError::field, FieldError::rule).containsExactly(org.assertj.core.groups.Tuple.tuple("birthDate", "format"));
        assertThat(schemas.problems("hearth:vehicle/v1", new JsonObject().put("fuel", "steam")))
                .extracting(FieldError::rule).containsExactly("enum");
        assertThat(schemas.problems("hearth:vehicle/v1", new JsonObject().put("year", 1700)))
                .extracting(FieldError::rule).containsExactly("minimum");
        assertThat(schemas.problems("hearth:employment/v1", new JsonObject().put("annualSalary", "lots")))
                .extracting(FieldError::rule).containsExactly("type");
        assertThat(schemas.problems("hearth:health-summary/v1", new JsonObject()
                .put("vaccinations", new io.vertx.core.json.JsonArray().add(new JsonObject().put("name", "Tetanus").put("date", "yesterday")))))
                .extracting(FieldError::pointer).containsExactly("/vaccinations/0/date");
    }

    @Test
    @DisplayName("Fields a schema does not name are kept, and unknown types stay free JSON")
    void freeJsonStaysAllowed() {
        assertThat(schemas.problems("hearth:health-summary/v1", new JsonObject().put("age", 41).put("steps", 9000))).isEmpty();
        assertThat(schemas.problems("hearth:sleep/v1", new JsonObject().put("anything", List.of(1, 2)))).isEmpty();
        assertThat(schemas.find("hearth:sleep/v1")).isEmpty();
    }

    @Test
    @DisplayName("check() refuses with 422 record_invalid naming the first failing field")
    void checkRefuses() {
        assertThatThrownBy(() -> schemas.check("hearth:contact/v1", "{\"email\":\"not an address\"}"))
                .isInstanceOfSatisfying(HearthException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RECORD_INVALID);
                    assertThat(e.extensions()).containsEntry("field", "/email");
                });
    }
}
