/** Checks every input from outside passes before it is parsed into records: JSON shape limits, text PostgreSQL can store, well-formed URIs. */
package org.hearth.kernel.input;
