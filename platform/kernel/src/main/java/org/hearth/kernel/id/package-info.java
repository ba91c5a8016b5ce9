/** Identifiers. */
package org.hearth.kernel.id;
