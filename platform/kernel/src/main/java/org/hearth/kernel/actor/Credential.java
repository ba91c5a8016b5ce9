package org.hearth.kernel.actor;

import java.util.Objects;
import java.util.UUID;

/** What authenticated an actor. A closed set: code switches on it instead of parsing strings. */
public sealed interface Credential {

    /** A browser session; {@code person} is who signed in (a team member acting for a tenant, or the individual or staff member). */
    record Session(UUID person) implements Credential {
        public Session {
            Objects.requireNonNull(person, "person");
        }
    }

    /** An individual's personal access token. */
    record PersonalToken(UUID tokenId) implements Credential {
        public PersonalToken {
            Objects.requireNonNull(tokenId, "tokenId");
        }
    }

    /** An OAuth client of a tenant (client credentials grant). */
    record Client(String clientId) implements Credential {
        public Client {
            Objects.requireNonNull(clientId, "clientId");
        }
    }

    /** Work the platform does by itself: a background job or an admin command. */
    record Job(String name) implements Credential {
        public Job {
            Objects.requireNonNull(name, "name");
        }
    }
}
