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

    /** The session's copy of the account's language; {@link #NONE} once read and found never chosen. */
    static final String KEY = "hearth.accountLanguage";
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
        String asked = rc.queryParams().get("lang");
        if (asked != null && AccountLanguages.OFFERED.contains(asked)) {
            if (!asked.equals(session.get(KEY))) {
                choose(rc, caller, SWITCH_OPERATION, asked);
            }
        } else if (session.get(KEY) == null) {
            session.put(KEY, languages.of(caller).orElse(NONE));
        }
        Messages.preferAccount(rc, session.get(KEY));
    }

    /** Stores {@code language} in the caller's account, then in their session and for this request (422 for one not offered). */
    void choose(RoutingContext rc, Actor caller, String operation, String language) {
        languages.choose(new CallContext(caller, operation, Calls.requestId(rc)), language);
        if (rc.session() != null) {
            rc.session().put(KEY, language);
        }
        Messages.preferAccount(rc, language);
    }

    /** The language the signed-in caller's account holds, as this session knows it. */
    Optional<String> of(RoutingContext rc) {
        Object kept = rc.session() == null ? null : rc.session().get(KEY);
        return kept instanceof String text && !text.isEmpty() ? Optional.of(text) : Optional.empty();
    }
}
