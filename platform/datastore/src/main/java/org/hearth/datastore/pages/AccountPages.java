package org.hearth.datastore.pages;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.UUID;
import org.hearth.datastore.tokens.PersonalToken;
import org.hearth.datastore.tokens.TokenService;
import org.hearth.web.pages.Html;
import org.hearth.web.security.Access;
import org.hearth.web.security.Security;

/** {@code /account}: who is signed in, their tokens, and forms to make a token and to sign out. */
public final class AccountPages {

    private final Security security;
    private final TokenService tokens;

    public AccountPages(Security security, TokenService tokens) {
        this.security = security;
        this.tokens = tokens;
    }

    public void mount(Router router) {
        router.get("/account").handler(security.pageGuard(Access.INDIVIDUAL)).handler(rc -> render(rc, null));
        router.post("/account/tokens").handler(BodyHandler.create(false).setBodyLimit(16 * 1024))
                .handler(security.pageGuard(Access.INDIVIDUAL)).handler(this::createToken);
    }

    private void createToken(RoutingContext rc) {
        UUID individual = Security.caller(rc).individualId();
        PersonalToken.Created created = tokens.create(individual, rc.request().getFormAttribute("name"));
        render(rc, created);
    }

    private void render(RoutingContext rc, PersonalToken.Created created) {
        UUID individual = Security.caller(rc).individualId();
        String csrf = security.csrfToken(rc);
        StringBuilder body = new StringBuilder("<h1>Your account</h1><p>Account <code>")
                .append(Html.esc(individual.toString())).append("</code></p>");
        if (created != null) {
            body.append("<div role=\"status\"><h2>New token: copy it now</h2><p>It will not be shown again.</p><p><code id=\"new-token\">")
                    .append(Html.esc(created.secret())).append("</code></p></div>");
        }
        body.append("<h2>Personal access tokens</h2><ul id=\"tokens\">");
        for (PersonalToken token : tokens.list(individual)) {
            body.append("<li>").append(Html.esc(token.name())).append(" · created ").append(Html.esc(token.createdAt().toString())).append("</li>");
        }
        body.append("</ul><form method=\"post\" action=\"/account/tokens\">").append(Html.hidden("pac4jCsrfToken", csrf))
                .append("<label for=\"name\">Token name</label><input id=\"name\" name=\"name\" type=\"text\" maxlength=\"100\">")
                .append("<button type=\"submit\">Create a token</button></form>")
                .append("<form method=\"post\" action=\"/logout\">").append(Html.hidden("pac4jCsrfToken", csrf))
                .append("<button type=\"submit\">Sign out</button></form>");
        rc.response().putHeader("Content-Type", "text/html; charset=utf-8").end(Html.page("Your account", body.toString()));
    }
}
