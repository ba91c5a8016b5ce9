package org.hearth.governance.charter;

/**
 * The file a charter is being read from, carried through parsing so that every error can say
 * which file it is about.
 */
record Source(String name) {

    CharterException error(String field, String value, String reason) {
        return new CharterException(name, field, value, reason);
    }

    CharterException missing(String field, String expected) {
        return new CharterException(name, field, null, "missing; expected " + expected);
    }
}
