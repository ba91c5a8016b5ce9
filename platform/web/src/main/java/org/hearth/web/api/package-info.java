/**
 * The public API as a contract: {@code openapi.yaml} declares every operation, who may call it
 * ({@code x-hearth-access}) and the shape of its input; {@link org.hearth.web.api.ApiRouter}
 * routes, guards and validates from it, and refuses to start if an operation has no handler.
 */
package org.hearth.web.api;
