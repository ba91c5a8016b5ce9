package org.hearth.web.security;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.hearth.web.Caller;
import org.pac4j.core.profile.CommonProfile;
import org.pac4j.core.profile.UserProfile;

/** Converts between our {@link Caller} and pac4j's profiles, which are what pac4j keeps in sessions. */
final class CallerProfiles {

    static final String KIND = "hearth_kind";
    static final String CREDENTIAL = "hearth_credential";

    private CallerProfiles() {
    }

    static CommonProfile toProfile(Caller caller) {
        CommonProfile profile = new CommonProfile();
        profile.setId(caller.id().toString());
        profile.addAttribute(KIND, caller.kind().name());
        profile.addAttribute(CREDENTIAL, caller.credential());
        profile.addRole(caller.kind().name().toLowerCase());
        caller.roles().forEach(profile::addRole);
        return profile;
    }

    static Caller toCaller(List<UserProfile> profiles) {
        UserProfile profile = profiles.getFirst();
        Caller.Kind kind = Caller.Kind.valueOf((String) profile.getAttribute(KIND));
        var roles = new HashSet<>(profile.getRoles());
        roles.remove(kind.name().toLowerCase());
        return new Caller(kind, UUID.fromString(profile.getId()), roles, (String) profile.getAttribute(CREDENTIAL));
    }
}
