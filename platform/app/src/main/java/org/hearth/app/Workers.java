package org.hearth.app;

import java.util.ArrayList;
import java.util.List;
import org.hearth.kernel.work.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's background workers, started in the order given once everything is wired and
 * stopped in reverse. A worker that fails to start stops the ones started before it.
 */
final class Workers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workers.class);

    private final List<Worker> all;
    private final List<Worker> started = new ArrayList<>();

    Workers(List<Worker> all) {
        this.all = List.copyOf(all);
    }

    /** A worker made of a module's start and stop methods, for modules that do not hand out {@link Worker}s yet. */
    static Worker of(String name, Runnable start, Runnable stop) {
        return new Worker() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void start() {
                start.run();
            }

            @Override
            public void close() {
                stop.run();
            }
        };
    }

    List<String> names() {
        return all.stream().map(Worker::name).toList();
    }

    void start() {
        try {
            for (Worker worker : all) {
                worker.start();
                started.add(worker);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (int i = started.size() - 1; i >= 0; i--) {
            Worker worker = started.get(i);
            try {
                worker.close();
            } catch (RuntimeException e) {
                LOG.warn("Worker {} did not stop cleanly: {}", worker.name(), e.toString());
                first = first == null ? e : first;
            }
        }
        started.clear();
        if (first != null) {
            throw first;
        }
    }
}
