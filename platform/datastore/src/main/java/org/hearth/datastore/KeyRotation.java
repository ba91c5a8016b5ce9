package org.hearth.datastore;

import java.util.Set;

/** What a master-key rotation did, and which retired master keys some data key still needs. */
public record KeyRotation(int rewrapped, String currentMasterKeyId, Set<String> stillNeeded) {
    public KeyRotation {
        stillNeeded = Set.copyOf(stillNeeded);
    }
}
