/** Typed errors: a stable {@link org.hearth.kernel.error.ErrorCode} that carries its HTTP status, rendered as RFC 9457 problem JSON by the web layer. */
package org.hearth.kernel.error;
