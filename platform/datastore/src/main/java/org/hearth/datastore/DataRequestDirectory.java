package org.hearth.datastore;

import java.util.Optional;

/** Finds a data request by its invitation code. Implemented by the tenants module, which owns data requests. */
@FunctionalInterface
public interface DataRequestDirectory {
    Optional<RequestTerms> byCode(String code);
}
