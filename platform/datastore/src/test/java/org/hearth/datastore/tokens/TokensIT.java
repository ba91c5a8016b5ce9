package org.hearth.datastore.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.schema.generated.datastore.Tables.PERSONAL_ACCESS_TOKENS;

import org.hearth.datastore.DatastoreWorld;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.Credential;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.Test;

class TokensIT {

    @Test
    void aTokenWorksUntilRevokedAndItsNameIsSealed() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();

            PersonalToken.Created created = world.tokens.create(DatastoreWorld.as(jane, "createPersonalToken"), "Jane's phone");

            assertThat(world.tokens.list(jane)).extracting(PersonalToken::name).containsExactly("Jane's phone");
            String stored = world.db.read("test.name", dsl -> dsl.select(PERSONAL_ACCESS_TOKENS.NAME).from(PERSONAL_ACCESS_TOKENS)
                    .where(PERSONAL_ACCESS_TOKENS.ID.eq(created.token().id())).fetchOne(PERSONAL_ACCESS_TOKENS.NAME));
            assertThat(stored).startsWith("sealed:v1:").doesNotContain("phone");
            Actor viaToken = world.tokens.verify(created.secret()).orElseThrow();
            assertThat(viaToken.id()).isEqualTo(jane.id());
            assertThat(viaToken.credential()).isEqualTo(new Credential.PersonalToken(created.token().id()));
            assertThat(world.audit("tokens.touch")).as("the first use is recorded, audited as the token's").singleElement()
                    .satisfies(row -> assertThat(row.getCredential()).isEqualTo("personal_token"));

            world.tokens.revoke(DatastoreWorld.as(jane, "revokePersonalToken"), created.token().id());

            assertThat(world.tokens.verify(created.secret())).isEmpty();
            assertThat(world.tokens.list(jane)).isEmpty();
            assertThatThrownBy(() -> world.tokens.revoke(DatastoreWorld.as(jane, "revokePersonalToken"), created.token().id()))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(world.audit("createPersonalToken")).singleElement().satisfies(row -> assertThat(row.getActorId()).isEqualTo(jane.id()));
            assertThat(world.audit("revokePersonalToken")).hasSize(1);
        }
    }

    @Test
    void anotherIndividualCannotRevokeSomeoneElsesToken() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            Actor john = world.individual();
            PersonalToken.Created created = world.tokens.create(DatastoreWorld.as(jane, "createPersonalToken"), null);

            assertThatThrownBy(() -> world.tokens.revoke(DatastoreWorld.as(john, "revokePersonalToken"), created.token().id()))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(world.tokens.verify(created.secret())).isPresent();
            assertThat(world.audit("revokePersonalToken")).isEmpty();
        }
    }
}
