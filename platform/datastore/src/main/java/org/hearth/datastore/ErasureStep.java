package org.hearth.datastore;

import java.util.UUID;
import org.jooq.DSLContext;

/**
 * What another module keeps about an individual and deletes at erasure, inside the erasure's
 * transaction: it all goes, or nothing does. Modules that depend on the datastore register one.
 */
@FunctionalInterface
public interface ErasureStep {

    void erase(DSLContext tx, UUID individualId);
}
