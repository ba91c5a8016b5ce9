package org.hearth.web.security;

import org.hearth.kernel.login.PasswordLogin;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.credentials.extractor.FormExtractor;
import org.pac4j.core.exception.http.HttpAction;
import org.pac4j.core.util.HttpActionHelper;
import org.pac4j.http.client.indirect.FormClient;

/**
 * pac4j's form client, except that a failed login returns to the form with a generic error and
 * without the username in the URL: an email in a URL ends up in logs and browser history.
 */
final class HearthFormClient extends FormClient {

    HearthFormClient(String name, String loginUrl, String callbackUrl, PasswordLogin login) {
        super(loginUrl, new PasswordAuthenticator(login));
        setName(name);
        setCallbackUrl(callbackUrl);
        setUsernameParameter("email");
        setPasswordParameter("password");
        // Credentials only from a POSTed body: never from a URL, where they would be logged and
        // where a link could sign a visitor into someone else's account.
        FormExtractor extractor = new FormExtractor("email", "password");
        extractor.setExtractionMode(FormExtractor.ExtractionMode.REQUEST_BODY);
        setCredentialsExtractor(extractor);
    }

    @Override
    protected HttpAction handleInvalidCredentials(CallContext ctx, String username, String message, String errorMessage) {
        return HttpActionHelper.buildRedirectUrlAction(ctx.webContext(), getLoginUrl() + "?error=invalid");
    }
}
