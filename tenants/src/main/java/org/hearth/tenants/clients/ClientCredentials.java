package org.hearth.tenants.clients;

import java.util.UUID;

/** A newly made OAuth2 client: the secret exists here once and is then only a digest. */
public record ClientCredentials(UUID tenantId, String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "ClientCredentials[tenantId=" + tenantId + ", clientId=" + clientId + ", clientSecret=***]";
    }
}
