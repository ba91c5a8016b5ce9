package org.hearth.datastore.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;

import java.util.Optional;
import org.hearth.datastore.DatastoreWorld;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.Test;

class IndividualLanguagesIT {

    @Test
    void anAccountHasNoLanguageUntilItsOwnerChoosesOneAndTheChoiceIsAudited() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            IndividualLanguages languages = new IndividualLanguages(world.db);
            Actor jane = world.individual();
            assertThat(languages.of(jane)).isEmpty();
            assertThat(world.accounts.find(jane).orElseThrow().language()).isEmpty();

            languages.choose(DatastoreWorld.as(jane, "page.settings.choose_language"), "fr");

            assertThat(languages.of(jane)).contains("fr");
            assertThat(world.accounts.find(jane).orElseThrow().language()).contains("fr");
            assertThat(world.audit("page.settings.choose_language")).singleElement()
                    .satisfies(row -> assertThat(row.getActorId()).isEqualTo(jane.id()));
        }
    }

    @Test
    void aLanguageNotOfferedIsRefusedWithA422AndChangesNothing() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            IndividualLanguages languages = new IndividualLanguages(world.db);
            Actor jane = world.individual();
            languages.choose(DatastoreWorld.as(jane, "test.choose"), "en");
            for (String bad : new String[] {"de", "FR", "", "fr-CA", null}) {
                assertThatThrownBy(() -> languages.choose(DatastoreWorld.as(jane, "test.refused"), bad)).as(String.valueOf(bad))
                        .isInstanceOfSatisfying(HearthException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_LANGUAGE);
                            assertThat(e.code().status()).isEqualTo(422);
                        });
            }
            assertThat(languages.of(jane)).contains("en");
            assertThat(world.audit("test.refused")).isEmpty();
            int signUps = world.audit("createAccount").size();
            assertThatThrownBy(() -> world.accounts.signUp("createAccount", RequestId.generate(), "bad-language@example.org",
                    DatastoreWorld.PASSWORD, Optional.of("de")))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.UNSUPPORTED_LANGUAGE);
            assertThat(world.audit("createAccount")).as("nothing created").hasSize(signUps);
            assertThat(world.accounts.login("bad-language@example.org", DatastoreWorld.PASSWORD)).as("no such account").isEmpty();
        }
    }

    @Test
    void aSignUpMayChooseTheLanguageAndErasureForgetsIt() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Account account = world.accounts.signUp("createAccount", RequestId.generate(), "amelie@example.org", DatastoreWorld.PASSWORD,
                    Optional.of("fr"));
            Actor amelie = world.accounts.login("amelie@example.org", DatastoreWorld.PASSWORD).orElseThrow();
            assertThat(account.language()).contains("fr");
            assertThat(new IndividualLanguages(world.db).of(amelie)).contains("fr");

            world.accounts.erase(DatastoreWorld.as(amelie, "eraseMe"), DatastoreWorld.PASSWORD);

            String locale = world.db.read("test.locale", dsl -> dsl.select(INDIVIDUALS.LOCALE).from(INDIVIDUALS)
                    .where(INDIVIDUALS.ID.eq(account.id())).fetchOne(INDIVIDUALS.LOCALE));
            boolean tombstone = world.db.read("test.tombstone", dsl -> dsl.fetchExists(INDIVIDUALS, INDIVIDUALS.ID.eq(account.id())
                    .and(INDIVIDUALS.ERASED_AT.isNotNull())));
            assertThat(locale).as("erasure nulls the language").isNull();
            assertThat(tombstone).as("the tombstone row is still there").isTrue();
            assertThatThrownBy(() -> new IndividualLanguages(world.db).choose(DatastoreWorld.as(amelie, "test.after_erasure"), "en"))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
        }
    }
}
