package org.hearth.kernel.login;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * The language a signed-in person chose for the pages, kept in their account: an individual's
 * (datastore), a console member's (tenants; the actor is the tenant, {@link Actor#person()} the
 * member), a staff member's. Each module implements it for its people; the app composes them by
 * actor kind ({@link #byKind}). Empty means never chosen: the pages then follow the browser.
 */
public interface AccountLanguages {

    /** The languages an account may choose (the pages' languages). */
    List<String> OFFERED = List.of("en", "fr");

    /** The language {@code actor}'s person chose, if they ever did. */
    Optional<String> of(Actor actor);

    /** Stores {@code language} as the acting person's choice: an audited write; 422 for a language not {@link #OFFERED}. */
    void choose(CallContext ctx, String language);

    /** {@code language} if it is offered, else the 422 every implementation answers before writing anything. */
    static String offered(String language) {
        if (language == null || !OFFERED.contains(language)) {
            throw new HearthException(ErrorCode.UNSUPPORTED_LANGUAGE, "The language must be one of " + OFFERED + "; nothing was changed.");
        }
        return language;
    }

    /** One port over the modules' own, by the actor's kind; a kind without one has no language and may choose none. */
    static AccountLanguages byKind(Map<Actor.Kind, AccountLanguages> owners) {
        Map<Actor.Kind, AccountLanguages> copy = new EnumMap<>(Actor.Kind.class);
        copy.putAll(owners);
        return new AccountLanguages() {
            @Override
            public Optional<String> of(Actor actor) {
                AccountLanguages owner = copy.get(actor.kind());
                return owner == null ? Optional.empty() : owner.of(actor);
            }

            @Override
            public void choose(CallContext ctx, String language) {
                offered(language);
                AccountLanguages owner = copy.get(ctx.actor().kind());
                if (owner == null) {
                    throw new HearthException(ErrorCode.FORBIDDEN, "This caller has no account to keep a language in.");
                }
                owner.choose(ctx, language);
            }
        };
    }
}
