package org.hearth.datastore.pages;

import org.hearth.web.Calls;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.UUID;
import org.hearth.datastore.accounts.AccountService;
import org.hearth.datastore.tokens.PersonalToken;
import org.hearth.datastore.tokens.TokenService;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.id.Ids;
import org.hearth.web.pages.Messages;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /account/settings} (tokens, password) and {@code /account/delete}. */
final class SettingsPages {

    private final Views kit;
    private final TokenService tokens;
    private final AccountService accounts;

    SettingsPages(Views kit, TokenService tokens, AccountService accounts) {
        this.kit = kit;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    void mount(Router router) {
        var guard = kit.security().pageGuard(Access.INDIVIDUAL);
        var forms = BodyHandler.create(false).setBodyLimit(16 * 1024);
        router.get("/account/settings").handler(guard).handler(rc -> settings(rc, null, null, Views.done(Messages.forRequest(rc), rc)));
        router.post("/account/settings/tokens").handler(forms).handler(guard).handler(rc -> settings(rc,
                tokens.create(Calls.context(rc, "page.settings.create_token"), rc.request().getFormAttribute("name")), null, null));
        router.post("/account/settings/tokens/:id/revoke").handler(forms).handler(guard).handler(this::revoke);
        router.post("/account/settings/password").handler(forms).handler(guard).handler(this::changePassword);
        router.post("/account/settings/language").handler(forms).handler(guard).handler(this::chooseLanguage);
        router.post("/account/settings/time-zone").handler(forms).handler(guard).handler(this::chooseZone);
        router.get("/account/delete").handler(guard).handler(rc -> deleteForm(rc, null));
        router.post("/account/delete").handler(forms).handler(guard).handler(this::erase);
    }

    private void settings(RoutingContext rc, PersonalToken.Created created, String error, String notice) {
        Messages m = Messages.forRequest(rc);
        // The choice shown is the account's; never chosen, the language the page is in.
        String language = kit.security().accountLanguage(rc).orElse(m.language());
        String zone = m.zone().getId().equals("Z") ? "UTC" : m.zone().getId();
        var zones = org.hearth.web.pages.TimeZones.OFFERED.stream()
                .map(id -> new PageModels.Option(id, m.t(org.hearth.web.pages.TimeZones.key(id)))).toList();
        kit.render(rc, m, m.t("settings.title"), "settings.jte",
                new PageModels.Settings(m, kit.csrf(rc), created, tokens.list(Calls.actor(rc)), language, zones, zone, new PageModels.Outcome(error, notice)));
    }

    /**
     * Keeps the chosen time zone in this browser (a cookie, like the page language's before
     * sign-in): times on every page are then shown in it. Anything not offered changes nothing.
     */
    private void chooseZone(RoutingContext rc) {
        String id = rc.request().getFormAttribute("zone");
        if (org.hearth.web.pages.TimeZones.offered(id).isEmpty()) {
            rc.response().setStatusCode(422);
            settings(rc, null, Messages.forRequest(rc).t("settings.zone.refused"), null);
            return;
        }
        rc.response().addCookie(io.vertx.core.http.Cookie.cookie(Messages.ZONE_COOKIE, id).setPath("/").setHttpOnly(true)
                .setSameSite(io.vertx.core.http.CookieSameSite.LAX).setMaxAge(365L * 24 * 3600).setSecure(kit.security().secureCookies()));
        Views.redirect(rc, "/account/settings?done=time-zone-saved");
    }

    /** Stores the chosen language in the account (and this session); the page answers in it, saying so. */
    private void chooseLanguage(RoutingContext rc) {
        try {
            kit.security().chooseLanguage(rc, "page.settings.choose_language", rc.request().getFormAttribute("language"));
            settings(rc, null, null, Messages.forRequest(rc).t("settings.language.done"));
        } catch (HearthException e) {
            rc.response().setStatusCode(e.code().status());
            settings(rc, null, Messages.forRequest(rc).t("settings.language.refused"), null);
        }
    }

    private void revoke(RoutingContext rc) {
        UUID id = Ids.parseOrNull(rc.pathParam("id"));
        if (id != null) {
            tokens.revoke(Calls.context(rc, "page.settings.revoke_token"), id);
        }
        Views.redirect(rc, "/account/settings?done=token-revoked");
    }

    private void changePassword(RoutingContext rc) {
        Messages m = Messages.forRequest(rc);
        try {
            accounts.changePassword(Calls.context(rc, "page.settings.change_password"), rc.request().getFormAttribute("current"), rc.request().getFormAttribute("next"));
            settings(rc, null, null, m.t("settings.password.done"));
        } catch (HearthException e) {
            refused(rc, e, 422);
            settings(rc, null, e.detail(), null);
        }
    }

    private void deleteForm(RoutingContext rc, String error) {
        Messages m = Messages.forRequest(rc);
        kit.render(rc, m, m.t("delete.title"), "delete-account.jte",
                new PageModels.DeleteAccount(m, kit.csrf(rc), new PageModels.Outcome(error, null)));
    }

    private void erase(RoutingContext rc) {
        try {
            accounts.erase(Calls.context(rc, "page.settings.erase"), rc.request().getFormAttribute("password"));
            if (rc.session() != null) {
                rc.session().destroy();
            }
            Views.redirect(rc, "/login?erased=1");
        } catch (HearthException e) {
            refused(rc, e, 403);
            deleteForm(rc, e.detail());
        }
    }

    /** The page's status for a refused form: {@code usual}, or 429 with Retry-After while the password checks are locked. */
    private static void refused(RoutingContext rc, HearthException e, int usual) {
        if (e.code() == ErrorCode.TOO_MANY_REQUESTS) {
            rc.response().setStatusCode(429).putHeader("Retry-After", String.valueOf(e.extensions().get("retryAfter")));
        } else {
            rc.response().setStatusCode(usual);
        }
    }
}
