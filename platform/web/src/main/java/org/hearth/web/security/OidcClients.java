package org.hearth.web.security;

import org.hearth.kernel.login.OidcLogin;
import java.util.Optional;
import org.hearth.kernel.config.HearthConfig;
import org.pac4j.core.http.callback.NoParameterCallbackUrlResolver;
import org.pac4j.core.profile.CommonProfile;
import org.pac4j.oidc.client.OidcClient;
import org.pac4j.oidc.config.OidcConfiguration;

/**
 * The pac4j client for an external OpenID Connect provider (a national identity federation such
 * as FranceConnect). The provider's identity is turned into one of our individuals, linked by
 * issuer and subject, before pac4j keeps it in the session.
 */
final class OidcClients {

    static final String NAME = "Oidc";
    static final String CALLBACK = "/login/oidc/callback";

    private OidcClients() {
    }

    static OidcClient create(HearthConfig.OidcProvider provider, String publicBaseUrl, OidcLogin login) {
        OidcConfiguration configuration = new OidcConfiguration();
        configuration.setClientId(provider.clientId());
        configuration.setSecret(provider.clientSecret());
        configuration.setDiscoveryURI(provider.issuer().replaceAll("/$", "") + "/.well-known/openid-configuration");
        configuration.setScope("openid email");
        configuration.setUseNonce(true);
        OidcClient client = new OidcClient(configuration);
        client.setName(NAME);
        // The redirect URI registered with the provider is exactly this, with no client_name parameter.
        client.setCallbackUrl(publicBaseUrl + CALLBACK);
        client.setCallbackUrlResolver(new NoParameterCallbackUrlResolver());
        client.addAuthorizationGenerator((ctx, profile) -> {
            Object email = profile.getAttribute("email");
            CommonProfile ours = CallerProfiles.toProfile(login.login(provider.issuer(), profile.getId(), email == null ? null : email.toString()));
            ours.setClientName(NAME);
            return Optional.of(ours);
        });
        return client;
    }
}
