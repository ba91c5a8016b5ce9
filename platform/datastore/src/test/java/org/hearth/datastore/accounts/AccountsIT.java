package org.hearth.datastore.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.hearth.datastore.DatastoreWorld;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.api.Test;

class AccountsIT {

    @Test
    void aSignUpThatLosesTheRaceForItsEmailIsRefusedAsTakenNotAsAServerError() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            // Two sign-ups past the "is this email taken?" check at once: the database's unique
            // key refuses the second insert, and that refusal must reach the caller as EMAIL_TAKEN.
            byte[] emailHash = world.lookupKey.digest(AccountService.EMAIL_PURPOSE, "grace@example.org");
            AccountRepository rows = new AccountRepository();
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();

            world.accounts.mapDuplicateEmail(() -> world.db.write(AccountService.newcomer(first, "test.race_sign_up", RequestId.generate()),
                    tx -> rows.insert(tx, first, emailHash, "a hash", null)));

            assertThatThrownBy(() -> world.accounts.mapDuplicateEmail(() -> world.db.write(
                    AccountService.newcomer(second, "test.race_sign_up", RequestId.generate()), tx -> rows.insert(tx, second, emailHash, "a hash", null))))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.EMAIL_TAKEN);
            assertThat(world.audit("test.race_sign_up")).as("the losing sign-up leaves no audit row").hasSize(1);
        }
    }

    @Test
    void aSignUpIsAuditedAsTheNewAccountAndTellsTenantsOnlyItsId() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            RequestId request = RequestId.generate();

            Account account = world.accounts.signUp("createAccount", request, "ada@example.org", DatastoreWorld.PASSWORD);

            assertThat(world.audit("createAccount")).singleElement().satisfies(row -> {
                assertThat(row.getActorKind()).isEqualTo("individual");
                assertThat(row.getActorId()).isEqualTo(account.id());
                assertThat(row.getRequestId()).isEqualTo(request.value());
            });
            assertThat(world.events("individual.registered")).singleElement()
                    .satisfies(e -> assertThat(e.getMap()).containsOnlyKeys("individualId").containsEntry("individualId", account.id().toString()));
            assertThatThrownBy(() -> world.accounts.signUp("createAccount", RequestId.generate(), "ADA@example.org ", DatastoreWorld.PASSWORD))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.EMAIL_TAKEN);
            assertThat(world.audit("createAccount")).as("a refused sign-up leaves no audit row").hasSize(1);
            assertThat(world.accounts.login("ada@example.org", DatastoreWorld.PASSWORD)).map(Actor::id).contains(account.id());
        }
    }

    @Test
    void aPasswordChangeNeedsTheCurrentOneAndIsAuditedOnlyWhenItHappens() {
        try (DatastoreWorld world = new DatastoreWorld()) {
            Actor jane = world.individual();
            String next = "a much longer new passphrase";

            assertThatThrownBy(() -> world.accounts.changePassword(DatastoreWorld.as(jane, "page.settings.change_password"), "wrong password!", next))
                    .extracting(e -> ((HearthException) e).code()).isEqualTo(ErrorCode.WRONG_PASSWORD);
            assertThat(world.audit("page.settings.change_password")).isEmpty();

            world.accounts.changePassword(DatastoreWorld.as(jane, "page.settings.change_password"), DatastoreWorld.PASSWORD, next);

            assertThat(world.audit("page.settings.change_password")).singleElement()
                    .satisfies(row -> assertThat(row.getActorId()).isEqualTo(jane.id()));
        }
    }
}
