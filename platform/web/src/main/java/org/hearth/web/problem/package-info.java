/** RFC 9457 problem details: every error leaves the server in this one shape (or as a readable page for browsers). */
package org.hearth.web.problem;
