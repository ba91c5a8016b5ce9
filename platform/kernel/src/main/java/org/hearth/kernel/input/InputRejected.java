package org.hearth.kernel.input;

/** Input that no part of the platform may take in; the message says why, without echoing the input. */
public final class InputRejected extends RuntimeException {

    public InputRejected(String message) {
        super(message, null, false, false);
    }
}
