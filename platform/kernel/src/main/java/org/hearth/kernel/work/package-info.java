/** Background work: a polling loop on a virtual thread that stops cleanly, used by the outbox dispatcher and the webhook workers. */
package org.hearth.kernel.work;
