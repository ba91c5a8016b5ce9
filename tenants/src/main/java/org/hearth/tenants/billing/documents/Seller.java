package org.hearth.tenants.billing.documents;

import java.util.Objects;

/**
 * The operator who issues the invoice: legal name, address, VAT id (BT-31), company registration
 * id (BT-30) with the ISO 6523 code of its register ({@code 0002} for a French SIREN), the
 * account the buyer pays into (IBAN BT-84, BIC BT-86) and an e-mail (BT-34).
 */
public record Seller(String legalName, Address address, String vatId, String registrationId, String registrationScheme,
                     String iban, String bic, String email) {

    public Seller {
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(vatId, "vatId");
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(registrationScheme, "registrationScheme");
        if (!registrationScheme.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("a register is named by its four-digit ISO 6523 code: " + registrationScheme);
        }
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bic, "bic");
        Objects.requireNonNull(email, "email");
    }
}
