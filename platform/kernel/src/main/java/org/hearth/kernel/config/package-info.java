/** The one immutable configuration record, read once at start from the environment, an optional file, then defaults. */
package org.hearth.kernel.config;
