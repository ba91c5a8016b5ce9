package org.hearth.governance.board;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A resolution's tally as JSON: the stored JSONB and the API's {@code tally} share this one shape. */
final class TallyJson {

    private TallyJson() {
    }

    static JsonObject json(ResolutionTally t) {
        JsonArray colleges = new JsonArray();
        t.colleges().forEach(c -> colleges.add(new JsonObject().put("college", c.college()).put("weight", c.weight())
                .put("entitled", c.entitled()).put("for", c.inFavour()).put("against", c.against()).put("abstain", c.abstain())));
        return new JsonObject().put("colleges", colleges).put("weightedTurnout", t.weightedTurnout()).put("weightedFor", t.weightedFor())
                .put("weightedCast", t.weightedCast()).put("majority", t.majority()).put("majorityRule", t.majorityRule())
                .put("quorum", t.quorum());
    }

    static String encode(ResolutionTally t) {
        return json(t).encode();
    }

    static ResolutionTally decode(String stored) {
        JsonObject o = new JsonObject(stored);
        JsonArray given = o.getJsonArray("colleges", new JsonArray());
        java.util.List<ResolutionTally.College> colleges = new java.util.ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            JsonObject c = given.getJsonObject(i);
            colleges.add(new ResolutionTally.College(c.getString("college"), c.getString("weight"), c.getInteger("entitled", 0),
                    c.getInteger("for", 0), c.getInteger("against", 0), c.getInteger("abstain", 0)));
        }
        return new ResolutionTally(colleges, o.getString("weightedTurnout"), o.getString("weightedFor"), o.getString("weightedCast"),
                o.getString("majority"), o.getString("majorityRule"), o.getString("quorum"));
    }
}
