package org.hearth.datastore.accounts;

import java.util.Optional;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.login.AccountLanguages;

/** The language individuals chose for their pages, kept in {@code datastore.individuals.locale} (NULL: never chosen). */
public final class IndividualLanguages implements AccountLanguages {

    private final Db db;
    private final AccountRepository repository = new AccountRepository();

    public IndividualLanguages(Db db) {
        this.db = db;
    }

    @Override
    public Optional<String> of(Actor actor) {
        return db.read(actor, "individuals.language", dsl -> repository.language(dsl, actor.individualId()));
    }

    @Override
    public void choose(CallContext ctx, String language) {
        String chosen = AccountLanguages.offered(language);
        boolean stored = db.write(ctx, tx -> repository.setLanguage(tx, ctx.actor().individualId(), chosen));
        if (!stored) {
            throw new HearthException(ErrorCode.NOT_FOUND, "This account no longer exists.");
        }
    }
}
