package org.hearth.web.security;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.util.Optional;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.login.AccountLanguages;
import org.hearth.web.Calls;
import org.hearth.web.pages.Messages;

/**
 * The signed-in person's language on their pages: read from their account once per browser
 * session and kept in the session (no database read per page), and stored in the account (and
 * the session) when they choose another with the page's switch ({@code ?lang=}) or a settings
 * form, so that it follows them to another browser. {@link Messages#forRequest} then puts it
 * after this request's switch and before the cookie and {@code Accept-Language}.
 */
final class SessionLanguage {

    /**
     * The session's copy of the account's language, per person (a sign-in over another's session
     * may carry the session's data over); {@link #NONE} once read and found never chosen.
     */
    private static final String KEY = "hearth.accountLanguage.";
    private static final String NONE = "";
    static final String SWITCH_OPERATION = "page.language.switch";

    private final AccountLanguages languages;

    SessionLanguage(AccountLanguages languages) {
        this.languages = languages;
    }

    /** Called by the page guards once the session is admitted and still valid. */
    void apply(RoutingContext rc, Actor caller) {
        Session session = rc.session();
        if (!caller.isSession() || session == null) {
            return;
        }
        String key = key(caller);
        String asked = rc.queryParams().get("lang");
        if (asked != null && AccountLanguages.OFFERED.contains(asked)) {
            if (!asked.equals(session.get(key))) {
                choose(rc, caller, SWITCH_OPERATION, asked);
            }
        } else if (session.get(key) == null) {
            session.put(key, languages.of(caller).orElse(NONE));
        }
        Messages.preferAccount(rc, session.get(key));
    }

    /** Stores {@code language} in the caller's account, then in their session and for this request (422 for one not offered). */
    void choose(RoutingContext rc, Actor caller, String operation, String language) {
        languages.choose(new CallContext(caller, operation, Calls.requestId(rc)), language);
        if (rc.session() != null) {
            rc.session().put(key(caller), language);
        }
        Messages.preferAccount(rc, language);
    }

    /** The language the signed-in caller's account holds, as this session knows it. */
    Optional<String> of(RoutingContext rc, Actor caller) {
        Object kept = rc.session() == null ? null : rc.session().get(key(caller));
        return kept instanceof String text && !text.isEmpty() ? Optional.of(text) : Optional.empty();
    }

    private static String key(Actor caller) {
        return KEY + caller.kind().name() + "." + caller.person().orElse(caller.id());
    }
}
