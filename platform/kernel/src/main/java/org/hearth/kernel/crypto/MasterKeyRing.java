package org.hearth.kernel.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current master key, which wraps every new data key, and retired ones that may still be
 * needed to unwrap keys not yet re-wrapped (see the rotate-master-key command).
 */
public final class MasterKeyRing {

    private final MasterKey current;
    private final Map<String, MasterKey> byId = new LinkedHashMap<>();

    public MasterKeyRing(MasterKey current, List<MasterKey> retired) {
        this.current = current;
        byId.put(current.id(), current);
        retired.forEach(k -> byId.putIfAbsent(k.id(), k));
    }

    public MasterKey current() {
        return current;
    }

    public Optional<MasterKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> retiredIds() {
        return byId.keySet().stream().filter(id -> !id.equals(current.id())).toList();
    }
}
