package org.hearth.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The server's log lines on standard output, encoded and written by one thread in batches: the
 * lines that arrived in the last {@value #BATCH_MILLIS} ms go out in one write. Logback's
 * AsyncAppender in front of a ConsoleAppender woke its thread for every line (a futex call on the
 * logging thread) and wrote each line with its own system call; with one access line per request
 * that was about a tenth of the CPU of {@code GET /api/v1/me} (infra/bench/README.md, issue 15).
 *
 * <p>What stays as it was: no line is dropped (a caller waits when {@value #CAPACITY} lines are
 * queued), every level is kept, a line carries its request's MDC (the event is prepared on the
 * caller's thread), and {@link #stop} writes everything queued (up to {@code maxFlushTime} ms)
 * before it returns, which {@link Logs#flush} relies on. A line reaches standard output within
 * {@value #BATCH_MILLIS} ms under load, within one more wake-up after a quiet spell; a kill -9
 * loses at most that much of the log, as AsyncAppender lost its queue.
 */
public final class BatchedStdoutAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    static final int CAPACITY = 8192;
    static final long BATCH_MILLIS = 20;
    /** After this many empty batches the writer sleeps until the next line wakes it. */
    private static final int QUIET_ROUNDS = 50;

    private final ConcurrentLinkedQueue<ILoggingEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean sleeping = new AtomicBoolean();
    private final ByteArrayOutputStream batch = new ByteArrayOutputStream(64 * 1024);
    private Encoder<ILoggingEvent> encoder;
    private PrintStream out;
    private int maxFlushTime = 5000;
    private volatile boolean running;
    private Thread writer;

    public void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    public void setMaxFlushTime(int millis) {
        this.maxFlushTime = millis;
    }

    /** Where lines go; standard output unless set (tests). */
    void setOutput(PrintStream out) {
        this.out = out;
    }

    @Override
    public void start() {
        if (encoder == null) {
            addError("No encoder set for the appender named [" + name + "].");
            return;
        }
        if (out == null) {
            out = System.out;
        }
        running = true;
        writer = Thread.ofPlatform().daemon().name("hearth-log-writer").start(this::write);
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        // The message, the thread's name and its MDC (the request id) are read here, on the caller's thread.
        event.prepareForDeferredProcessing();
        if (queued.incrementAndGet() > CAPACITY) {
            LockSupport.unpark(writer);
            while (queued.get() > CAPACITY && running) {
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(100));
            }
        }
        queue.add(event);
        if (sleeping.get() && sleeping.compareAndSet(true, false)) {
            LockSupport.unpark(writer);
        }
    }

    private void write() {
        int quiet = 0;
        while (running) {
            if (drain() > 0) {
                quiet = 0;
            } else if (++quiet >= QUIET_ROUNDS) {
                sleeping.set(true);
                if (queue.isEmpty()) {
                    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
                }
                sleeping.set(false);
                continue;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(BATCH_MILLIS));
        }
    }

    /** Encodes what is queued and writes it in one call; the number of lines written. */
    private synchronized int drain() {
        int lines = 0;
        ILoggingEvent event;
        while ((event = queue.poll()) != null) {
            queued.decrementAndGet();
            lines++;
            try {
                byte[] line = encoder.encode(event);
                if (line != null) {
                    batch.write(line);
                }
            } catch (RuntimeException | IOException e) {
                addError("A log line could not be encoded", e);
            }
            if (batch.size() >= 256 * 1024) {
                flush();
            }
        }
        flush();
        return lines;
    }

    private void flush() {
        if (batch.size() > 0) {
            try {
                batch.writeTo(out);
            } catch (IOException e) {
                addError("Log lines could not be written", e);
            }
            out.flush();
            batch.reset();
        }
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        running = false;
        LockSupport.unpark(writer);
        try {
            writer.join(maxFlushTime);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }
}
