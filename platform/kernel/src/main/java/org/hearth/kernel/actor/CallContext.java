package org.hearth.kernel.actor;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who does what, in which request: required by every write transaction and recorded in the audit
 * trail. {@code operation} is the operation id of the API contract (or the page action's or job's
 * name), never data.
 */
public record CallContext(Actor actor, String operation, RequestId requestId) {

    private static final Pattern OPERATION = Pattern.compile("[A-Za-z][A-Za-z0-9._:-]{0,79}");

    public CallContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(requestId, "requestId");
        if (operation == null || !OPERATION.matcher(operation).matches()) {
            throw new IllegalArgumentException("An operation is a name from code: " + operation);
        }
    }

    /** A platform job's context, with a fresh request id per run. */
    public static CallContext system(String job) {
        return new CallContext(Actor.system(job), job, RequestId.generate());
    }

    /** The same actor and request doing another named operation. */
    public CallContext as(String otherOperation) {
        return new CallContext(actor, otherOperation, requestId);
    }
}
