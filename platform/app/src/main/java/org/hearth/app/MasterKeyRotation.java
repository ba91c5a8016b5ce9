package org.hearth.app;

import org.hearth.datastore.KeyRotation;
import org.hearth.kernel.config.HearthConfig;
import org.hearth.kernel.crypto.KeyMaterial;

/**
 * The {@code rotate-master-key} command. With generated secrets it first makes a new master key
 * (the old one moves to {@code secrets/retired-master-keys}); with configured secrets the
 * operator has already put the new key in HEARTH_MASTER_KEY and the old one in
 * HEARTH_RETIRED_MASTER_KEYS. Then every data key is re-wrapped under the current master key;
 * records are not touched. Retired keys no data key needs any more can then be deleted.
 */
final class MasterKeyRotation {

    private MasterKeyRotation() {
    }

    static String rotate(HearthConfig config) {
        boolean generated = config.masterKey().isEmpty();
        if (generated && java.nio.file.Files.exists(KeyMaterial.masterKeyFile(config))) {
            KeyMaterial.generateNewMasterKeyFile(config);
        }
        try (Platform platform = Platform.wire(config)) {
            KeyRotation rotation = platform.modules().datastore().rewrapDataKeys();
            if (generated) {
                KeyMaterial.keepRetiredKeys(config, rotation.stillNeeded());
            }
            return "Re-wrapped " + rotation.rewrapped() + " data keys under master key " + rotation.currentMasterKeyId() + ". "
                    + (rotation.stillNeeded().isEmpty()
                    ? "No data key needs a retired master key any more: retire them (HEARTH_RETIRED_MASTER_KEYS, secrets/retired-master-keys)."
                    : "Still needed: " + rotation.stillNeeded() + "; run the command again.");
        }
    }
}
