package org.hearth.kernel.work;

/**
 * Something that runs in the background once the platform is wired: an outbox dispatcher, a
 * sweep, a group-commit thread. Constructors only wire; {@code Platform} calls {@link #start()}
 * on every worker in order after everything is built, and {@link #close()} in reverse order at
 * shutdown. Neither starts a thread nor touches the database before {@code start()}.
 */
public interface Worker extends AutoCloseable {

    /** A short name for logs. */
    String name();

    void start();

    /** Stops the worker and waits for its current step; idempotent. */
    @Override
    void close();
}
