package org.hearth.kernel.error;

/**
 * The stable error codes of the public API. A code, once published, keeps its meaning and its
 * status: clients branch on {@link #code()}, never on the human-readable detail.
 */
public enum ErrorCode {
    VALIDATION_FAILED(400, "The request does not match the API contract"),
    MALFORMED_JSON(400, "The request body is not valid JSON"),
    BAD_REQUEST(400, "The request cannot be processed"),
    UNAUTHENTICATED(401, "Authentication is required"),
    INVALID_CLIENT(401, "Client authentication failed"),
    FORBIDDEN(403, "You are not allowed to do this"),
    CSRF_REJECTED(403, "The form has expired or did not come from this site"),
    AGREEMENT_REVOKED(403, "The individual revoked this agreement"),
    AGREEMENT_EXPIRED(403, "This agreement has expired"),
    OUT_OF_SCOPE(403, "The agreement does not cover this"),
    TENANT_SUSPENDED(403, "This organisation's account is suspended"),
    REQUEST_CLOSED(409, "This data request no longer accepts new agreements"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    EMAIL_TAKEN(409, "An account cannot be created with this email"),
    INDIVIDUAL_ERASED(410, "The individual erased their account"),
    RECORD_DELETED(410, "The individual deleted this record"),
    PRECONDITION_FAILED(412, "The resource has changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    URI_TOO_LONG(414, "The request's address is too long"),
    HEADERS_TOO_LARGE(431, "The request's headers are too large"),
    IDEMPOTENCY_KEY_REUSED(422, "This Idempotency-Key was used for a different request"),
    WEAK_PASSWORD(422, "The password does not meet the password policy"),
    UNSUPPORTED_GRANT_TYPE(400, "Unsupported grant type"),
    PRECONDITION_REQUIRED(428, "Send If-Match with the version you are changing"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INVALID_ARCHIVE(422, "The archive is not a valid Hearth export"),
    WRONG_PASSWORD(403, "The password is not correct"),
    UNBALANCED_ENTRY(422, "Debits and credits of the entry differ"),
    LEDGER_RULE(422, "The ledger does not accept this entry"),
    NO_OPEN_YEAR(422, "No open financial year can take this date"),
    DIVIDEND_CAP_EXCEEDED(422, "The dividend would exceed the aggregate dividend cap"),
    INTEREST_CAP_EXCEEDED(422, "The interest would exceed the performance-related interest cap"),
    ASSET_LOCK(422, "The asset lock forbids this transfer"),
    RESERVE_MINIMUM(422, "The allocation is below the reserves the law requires"),
    SHARE_INTEREST_CAP_EXCEEDED(422, "The interest on shares would exceed the legal cap"),
    RESOLUTION_REQUIRED(422, "This needs a resolution the members have passed"),
    OVER_ALLOCATION(422, "More is allocated than was retained"),
    MISSING_REFERENCE_VALUE(422, "A published index the rule needs has not been recorded"),
    UNSUPPORTED_LANGUAGE(422, "This language is not offered"),
    PLAN_LIMIT_REACHED(402, "The plan's limit for this period is reached"),
    INVOICE_RULE(422, "Billing does not accept this"),
    PLAN_EXISTS(409, "There is already a plan with this code"),
    PLAN_INVALID(422, "The plan's prices cannot be used as given"),
    BREACH_INVALID(422, "The breach record is not complete or not valid"),
    AGGREGATE_ONLY(403, "This agreement allows aggregate questions only, never the records themselves"),
    PILOT_INVALID(422, "The pilot or the question is not complete or not valid"),
    PILOT_NOT_RUNNING(409, "The pilot is not running"),
    COHORT_TOO_SMALL(422, "Too few participants match this question to answer it"),
    RECORD_INVALID(422, "The record's data does not match its type"),
    PRIVACY_BUDGET_SPENT(422, "The pilot's privacy budget cannot pay for this question"),
    INTERNAL(500, "Internal error"),
    DATA_INTEGRITY(500, "Stored data failed its integrity check"),
    UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The wire form: lower snake case, e.g. {@code validation_failed}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The problem type URI, documented in the OpenAPI document. */
    public String type() {
        return "https://hearth.dev/problems/" + code().replace('_', '-');
    }
}
