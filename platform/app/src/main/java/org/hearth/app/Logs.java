package org.hearth.app;

import org.slf4j.LoggerFactory;

/**
 * The end of the server's logs. Lines are written by {@link BatchedStdoutAppender} (see
 * {@code logback.xml}), whose thread is a daemon: stopping the logger context drains its queue, so
 * the last lines (the shutdown's, an admin command's) reach standard output before the JVM exits.
 */
final class Logs {

    private Logs() {
    }

    /** Writes every line still queued, then stops logging. Call last, once. */
    static void flush() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.stop();
        }
    }
}
