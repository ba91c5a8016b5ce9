package org.hearth.web.security;

import org.hearth.kernel.login.AccountLanguages;
import org.hearth.kernel.login.PasswordLogin;
import org.hearth.kernel.login.PersonalTokenVerifier;
import org.hearth.kernel.login.OidcLogin;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import io.vertx.ext.web.sstore.SessionStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.kernel.config.HearthConfig;
import java.util.function.Predicate;
import org.hearth.web.pages.PageSession;
import org.hearth.web.problem.Problems;
import org.hearth.web.request.RequestActor;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.actor.Actor;
import org.pac4j.core.adapter.FrameworkAdapter;
import org.pac4j.core.authorization.authorizer.Authorizer;
import org.pac4j.core.client.Clients;
import org.pac4j.core.config.Config;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.http.ajax.DefaultAjaxRequestResolver;
import org.pac4j.core.engine.DefaultSecurityLogic;
import org.pac4j.core.engine.SecurityLogic;
import org.pac4j.core.matching.matcher.csrf.CsrfTokenGeneratorMatcher;
import org.pac4j.core.profile.UserProfile;
import org.pac4j.http.client.direct.DirectBasicAuthClient;
import org.pac4j.http.client.direct.HeaderClient;
import org.pac4j.vertx.VertxFrameworkParameters;
import org.pac4j.vertx.VertxWebContext;
import org.pac4j.vertx.context.session.VertxSessionStore;

/**
 * The pac4j configuration and the guards built from it. A guard runs pac4j's security logic
 * (blocking: guards run on the virtual-thread verticles) and, when access is granted, leaves
 * the {@link Actor} in the routing context for the handler.
 */
public final class Security implements PageSession {

    static final String INDIVIDUAL_FORM = "IndividualForm";
    static final String STAFF_FORM = "StaffForm";
    static final String MEMBER_FORM = "MemberForm";
    static final String BEARER = "Bearer";
    static final String BASIC = "Basic";
    static final String SESSION_COOKIE = "hearth.session";
    private static final String API_MATCHERS = "securityheaders,nocache";
    private static final String PAGE_MATCHERS = "securityheaders,nocache,sessionCsrfToken";
    private static final SessionCsrfTokens CSRF_TOKENS = new SessionCsrfTokens();

    private final Config config;
    private final SecurityLogic logic = new DefaultSecurityLogic();
    private final SessionStore sessions;
    private final boolean secureCookies;
    private final Predicate<Actor> stillValid;
    private final Optional<String> oidcLabel;
    private final LoginCsrfCookie loginCsrf;
    private final CookieSavedRequests savedRequests;
    private final SessionLanguage language;

    private Security(Config config, SessionStore sessions, boolean secureCookies, Predicate<Actor> stillValid, Optional<String> oidcLabel,
                     AccountLanguages languages) {
        this.language = new SessionLanguage(languages);
        this.oidcLabel = oidcLabel;
        this.loginCsrf = new LoginCsrfCookie(secureCookies);
        this.savedRequests = new CookieSavedRequests(secureCookies);
        ((DefaultSecurityLogic) logic).setSavedRequestHandler(savedRequests);
        this.config = config;
        this.sessions = sessions;
        this.secureCookies = secureCookies;
        this.stillValid = stillValid;
    }

    /** An external OpenID Connect provider and what to do with its identities, when one is configured. */
    public record Oidc(HearthConfig.OidcProvider provider, String publicBaseUrl, OidcLogin login) {
    }

    public static Security create(Vertx vertx, PasswordLogin individuals, PasswordLogin staff, PasswordLogin members,
                                  PersonalTokenVerifier personalTokens, AccessTokens accessTokens, boolean secureCookies,
                                  Predicate<Actor> stillValid, AccountLanguages languages, Optional<Oidc> oidc) {
        HeaderClient bearer = new HeaderClient("Authorization", "Bearer ", new BearerAuthenticator(personalTokens, accessTokens));
        bearer.setName(BEARER);
        DirectBasicAuthClient basic = new DirectBasicAuthClient(new PasswordAuthenticator(individuals));
        basic.setName(BASIC);
        basic.setRealmName("hearth");
        List<org.pac4j.core.client.Client> all = new java.util.ArrayList<>(List.of(
                new HearthFormClient(INDIVIDUAL_FORM, LoginRoutes.INDIVIDUAL_LOGIN, LoginRoutes.INDIVIDUAL_CALLBACK, individuals),
                new HearthFormClient(STAFF_FORM, LoginRoutes.STAFF_LOGIN, LoginRoutes.STAFF_CALLBACK, staff),
                new HearthFormClient(MEMBER_FORM, LoginRoutes.MEMBER_LOGIN, LoginRoutes.MEMBER_CALLBACK, members),
                bearer, basic));
        List<org.pac4j.core.client.Client> local = List.copyOf(all);
        oidc.ifPresent(o -> all.add(OidcClients.create(o.provider(), o.publicBaseUrl(), o.login())));
        Clients clients = new Clients(all);
        clients.setAjaxRequestResolver(new ProgramsAreAjax());
        // pac4j initialises lazily on first use, and not thread-safely: parallel first sign-ins
        // met a half-built client (a 500). Build them now, after the settings above; the OpenID
        // Connect client is left lazy, as it fetches its provider's metadata.
        clients.init();
        local.forEach(c -> ((org.pac4j.core.client.BaseClient) c).init());
        Config config = new Config(clients);
        SessionStore sessions = LocalSessionStore.create(vertx, "hearth.sessions");
        config.setSessionStoreFactory(p -> new CookieBoundSessionStore(sessions, SESSION_COOKIE));
        config.setHttpActionAdapter(new ProblemActionAdapter(new PresentedCredentials(personalTokens, accessTokens, individuals)));
        config.setWebContextFactory(p -> new HearthWebContext(((VertxFrameworkParameters) p).routingContext()));
        config.setAuthorizers(Map.of(
                "individual", hasRole("individual"),
                "tenant", hasRole("tenant"),
                "operator", hasRole("operator"),
                "board", hasRole("board"),
                "staff", hasRole("staff"),
                "governance", (context, store, profiles) -> profiles.stream()
                        .anyMatch(p -> p.getRoles().contains("operator") || p.getRoles().contains("board")),
                "sessionCsrf", new SessionCsrfAuthorizer(),
                "formCsrf", new CsrfCheck()));
        config.setMatchers(Map.of("sessionCsrfToken", new SignedInCsrfTokenMatcher(new CsrfTokenGeneratorMatcher(CSRF_TOKENS))));
        // vertx-pac4j fills in what we did not set (profile manager, logics, matchers...).
        FrameworkAdapter.INSTANCE.applyDefaultSettingsIfUndefined(config);
        return new Security(config, sessions, secureCookies, stillValid, oidc.map(o -> o.provider().label()), languages);
    }

    private static Authorizer hasRole(String role) {
        return (context, store, profiles) -> profiles.stream().anyMatch(p -> p.getRoles().contains(role));
    }

    /** Sessions only where a browser needs one; they are created lazily, on login. */
    public Handler<RoutingContext> sessionHandler() {
        return SessionHandler.create(sessions)
                .setLazySession(true)
                .setSessionCookieName(SESSION_COOKIE)
                .setCookieHttpOnlyFlag(true)
                .setCookieSecureFlag(secureCookies)
                .setCookieSameSite(CookieSameSite.LAX)
                .setSessionTimeout(8 * 60 * 60 * 1000L);
    }

    /** For API operations: bearer tokens (or a browser session, with its CSRF token); 401 or 403 otherwise. */
    public Handler<RoutingContext> apiGuard(Access access) {
        return switch (access) {
            case PUBLIC -> RoutingContext::next;
            case INDIVIDUAL -> guard(BEARER, "individual,sessionCsrf", API_MATCHERS);
            case INDIVIDUAL_PASSWORD -> guard(BASIC, "individual,sessionCsrf", API_MATCHERS);
            case TENANT -> guard(BEARER, "tenant,sessionCsrf", API_MATCHERS);
            case OPERATOR -> guard(BEARER, "operator,sessionCsrf", API_MATCHERS);
            case BOARD -> guard(BEARER, "board,sessionCsrf", API_MATCHERS);
            case STAFF -> guard(BEARER, "staff,sessionCsrf", API_MATCHERS);
            case GOVERNANCE -> guard(BEARER, "governance,sessionCsrf", API_MATCHERS);
        };
    }

    /** For pages: a browser session, redirecting to the right login form when there is none. */
    public Handler<RoutingContext> pageGuard(Access access) {
        return switch (access) {
            case INDIVIDUAL -> guard(INDIVIDUAL_FORM, "individual,formCsrf", PAGE_MATCHERS, true);
            case OPERATOR -> guard(STAFF_FORM, "operator,formCsrf", PAGE_MATCHERS, true);
            case BOARD -> guard(STAFF_FORM, "board,formCsrf", PAGE_MATCHERS, true);
            case STAFF -> guard(STAFF_FORM, "staff,formCsrf", PAGE_MATCHERS, true);
            case GOVERNANCE -> guard(STAFF_FORM, "governance,formCsrf", PAGE_MATCHERS, true);
            case TENANT -> guard(MEMBER_FORM, "tenant,formCsrf", PAGE_MATCHERS, true);
            default -> throw new IllegalArgumentException("No page guard for " + access);
        };
    }

    private Handler<RoutingContext> guard(String clients, String authorizers, String matchers) {
        return guard(clients, authorizers, matchers, false);
    }

    private Handler<RoutingContext> guard(String clients, String authorizers, String matchers, boolean page) {
        return rc -> {
            org.hearth.web.RequestLog.noteRoute(rc);
            rc.put(PresentedCredentials.TRIED, clients);
            boolean[] granted = {false};
            logic.perform(config, (context, store, profiles) -> {
                RequestActor.admit(rc, CallerProfiles.toActor(List.copyOf(profiles)));
                granted[0] = true;
                return null;
            }, clients, authorizers, matchers, new VertxFrameworkParameters(rc));
            if (!granted[0]) {
                return;
            }
            // A session outlives nothing: an erased account's browser is signed out on its next request.
            Actor caller = RequestActor.of(rc).orElseThrow();
            if (caller.isSession() && !stillValid.test(caller)) {
                if (rc.session() != null) {
                    rc.session().destroy();
                }
                RequestActor.drop(rc);
                Problems.send(rc, ErrorCode.UNAUTHENTICATED, "This session has ended; sign in again.");
                return;
            }
            if (page) {
                // The account's language, once per session; the page's switch stores a new one in the account.
                language.apply(rc, caller);
            }
            // Continue outside pac4j, so that a handler's failure is ours to render, not pac4j's to wrap.
            org.hearth.web.RequestLog.bound(rc, rc::next);
        };
    }

    /**
     * Stores {@code language} as the signed-in caller's choice (their account, their session,
     * this request's pages), audited as {@code operation}; 422 for a language not offered.
     */
    public void chooseLanguage(RoutingContext rc, String operation, String chosen) {
        language.choose(rc, caller(rc), operation, chosen);
    }

    /** Whether cookies this platform sets carry the Secure flag (HEARTH_SECURE_COOKIES). */
    public boolean secureCookies() {
        return secureCookies;
    }

    /** The language the signed-in caller's account holds (as their session read it), if they ever chose one. */
    public Optional<String> accountLanguage(RoutingContext rc) {
        return language.of(rc, caller(rc));
    }

    /** The caller a guard admitted; a handler behind no guard has none. */
    public static Actor caller(RoutingContext rc) {
        return RequestActor.of(rc).orElseThrow(() -> new HearthException(ErrorCode.UNAUTHENTICATED, "This operation needs a signed-in caller."));
    }

    /** The caller a guard admitted, if a guard ran and admitted one (pages shown to anyone use it for their frame). */
    public static java.util.Optional<Actor> signedIn(RoutingContext rc) {
        return RequestActor.of(rc);
    }

    /**
     * The CSRF token to embed in a form: the session's when the browser has a session, else a
     * signed double-submit cookie's, so that showing a sign-in or sign-up form to a visitor
     * creates no server-side session.
     */
    @Override
    public String csrfToken(RoutingContext rc) {
        Object current = rc.get(org.pac4j.core.util.Pac4jConstants.CSRF_TOKEN);
        if (current != null) {
            return current.toString();
        }
        if (!hasSession(rc)) {
            return loginCsrf.token(rc);
        }
        VertxWebContext context = new HearthWebContext(rc);
        return CSRF_TOKENS.get(context, new CookieBoundSessionStore(sessions, SESSION_COOKIE));
    }

    /** Checks a POSTed form's CSRF token against the session's, or against the visitor's double-submit cookie. */
    public boolean csrfValid(RoutingContext rc) {
        if (new CsrfCheck().isAuthorized(new HearthWebContext(rc), new CookieBoundSessionStore(sessions, SESSION_COOKIE), List.of())) {
            return true;
        }
        String given = rc.request().getFormAttribute(org.pac4j.core.util.Pac4jConstants.CSRF_TOKEN);
        return loginCsrf.matches(rc, given != null ? given : rc.request().getHeader(org.pac4j.core.util.Pac4jConstants.CSRF_TOKEN));
    }

    /**
     * Signs in an individual who has just proved their password on another form (sign-up): as the
     * login form's callback does, the session is renewed (no fixation) and then holds their profile.
     */
    public void signIn(RoutingContext rc, Actor individual) {
        VertxWebContext context = new HearthWebContext(rc);
        CookieBoundSessionStore store = new CookieBoundSessionStore(sessions, SESSION_COOKIE);
        store.renewSession(context);
        org.pac4j.core.profile.CommonProfile profile = CallerProfiles.toProfile(individual);
        profile.setClientName(INDIVIDUAL_FORM);
        new org.pac4j.core.profile.ProfileManager(context, store).save(true, profile, false);
    }

    /** A browser session that holds something (a profile, a token); a cookie naming an ended session is not one. */
    static boolean hasSession(RoutingContext rc) {
        return rc.request().getCookie(SESSION_COOKIE) != null && rc.session() != null && !rc.session().isEmpty();
    }

    /** How many server-side sessions exist now (exposed as a metric: it must not grow with anonymous traffic). */
    public int sessionCount() {
        var size = sessions.size();
        return size.succeeded() ? size.result() : -1;
    }

    org.pac4j.core.engine.savedrequest.SavedRequestHandler savedRequests() {
        return savedRequests;
    }

    Config config() {
        return config;
    }

    /** Extra ways to sign in shown on the individual's login page (an OpenID Connect provider, when configured). */
    public java.util.List<org.hearth.web.pages.LoginOption> loginOptions() {
        return oidcLabel.map(label -> java.util.List.of(new org.hearth.web.pages.LoginOption(LoginRoutes.OIDC_LOGIN, label)))
                .orElse(java.util.List.of());
    }

    boolean oidcEnabled() {
        return oidcLabel.isPresent();
    }

    /** Starts the OpenID Connect sign-in (a redirect to the provider), or lets a signed-in individual through. */
    Handler<RoutingContext> oidcGuard() {
        return guard(OidcClients.NAME, "individual", PAGE_MATCHERS);
    }

    /**
     * pac4j redirects unauthenticated page requests to the login form unless the request is
     * "AJAX"; we count every caller that does not ask for HTML as a program, so scripts get a
     * 401 problem instead of a login page.
     */
    private static final class ProgramsAreAjax extends DefaultAjaxRequestResolver {
        @Override
        public boolean isAjax(CallContext ctx) {
            String accept = ctx.webContext().getRequestHeader("Accept").orElse("").toLowerCase(java.util.Locale.ROOT);
            return super.isAjax(ctx) || !accept.contains("text/html");
        }
    }

    /** CSRF matters only when the browser's cookie authenticated the call; bearer calls carry no ambient credential. */
    private static final class SessionCsrfAuthorizer implements Authorizer {
        private final CsrfCheck csrf = new CsrfCheck();

        @Override
        public boolean isAuthorized(org.pac4j.core.context.WebContext context, org.pac4j.core.context.session.SessionStore store,
                                    List<UserProfile> profiles) {
            boolean fromSession = profiles.stream().anyMatch(p -> INDIVIDUAL_FORM.equals(p.getClientName()) || STAFF_FORM.equals(p.getClientName())
                    || MEMBER_FORM.equals(p.getClientName()) || OidcClients.NAME.equals(p.getClientName()));
            return !fromSession || csrf.isAuthorized(context, store, profiles);
        }
    }
}
