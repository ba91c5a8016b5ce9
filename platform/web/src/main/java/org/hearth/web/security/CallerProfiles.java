package org.hearth.web.security;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.Credential;
import org.pac4j.core.profile.CommonProfile;
import org.pac4j.core.profile.UserProfile;

/**
 * Converts between our {@link Actor} and pac4j's profiles, which are what pac4j keeps in
 * sessions. The credential is stored as its kind and value in two attributes, so nothing parses
 * a combined string.
 */
final class CallerProfiles {

    static final String KIND = "hearth_kind";
    static final String CREDENTIAL_KIND = "hearth_credential_kind";
    static final String CREDENTIAL = "hearth_credential";

    private CallerProfiles() {
    }

    static CommonProfile toProfile(Actor actor) {
        CommonProfile profile = new CommonProfile();
        profile.setId(actor.id().toString());
        profile.addAttribute(KIND, actor.kind().name());
        switch (actor.credential()) {
            case Credential.Session s -> credential(profile, "session", s.person().toString());
            case Credential.PersonalToken t -> credential(profile, "personal_token", t.tokenId().toString());
            case Credential.Client c -> credential(profile, "client", c.clientId());
            case Credential.Job j -> throw new IllegalArgumentException("A platform job has no pac4j profile");
        }
        profile.addRole(actor.kind().name().toLowerCase());
        actor.roles().forEach(profile::addRole);
        return profile;
    }

    private static void credential(CommonProfile profile, String kind, String value) {
        profile.addAttribute(CREDENTIAL_KIND, kind);
        profile.addAttribute(CREDENTIAL, value);
    }

    static Actor toActor(List<UserProfile> profiles) {
        UserProfile profile = profiles.getFirst();
        Actor.Kind kind = Actor.Kind.valueOf((String) profile.getAttribute(KIND));
        var roles = new HashSet<>(profile.getRoles());
        roles.remove(kind.name().toLowerCase());
        String value = (String) profile.getAttribute(CREDENTIAL);
        Credential credential = switch ((String) profile.getAttribute(CREDENTIAL_KIND)) {
            case "session" -> new Credential.Session(UUID.fromString(value));
            case "personal_token" -> new Credential.PersonalToken(UUID.fromString(value));
            case "client" -> new Credential.Client(value);
            default -> throw new IllegalStateException("Unknown credential kind in a profile");
        };
        return new Actor(kind, UUID.fromString(profile.getId()), roles, credential);
    }
}
