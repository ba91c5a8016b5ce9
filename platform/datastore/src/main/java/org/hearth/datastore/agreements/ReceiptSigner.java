package org.hearth.datastore.agreements;

/** Signs a consent receipt's JSON as a compact JWS with the platform's key (wired to the web layer's signing keys). */
@FunctionalInterface
public interface ReceiptSigner {
    String sign(String receiptJson);
}
