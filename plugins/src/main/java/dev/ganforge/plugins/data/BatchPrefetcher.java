package dev.ganforge.plugins.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Prepares the batches a run will ask for next on a background thread, so that reading and
 * decoding samples overlaps the training step. A run asks for positions 0, 1, 2, …; after each
 * request the next {@code depth} positions are started. A batch is a pure function of its seed,
 * position and size, so a prefetched batch is exactly the one that would have been built on
 * request, and a request for anything else (a resumed run's first batch, another seed) is simply
 * built then.
 *
 * <p>Every batch is built on the one background thread, so the builder need not be thread-safe.
 */
final class BatchPrefetcher implements AutoCloseable {

    /** Builds one batch; called on the background thread only. */
    @FunctionalInterface
    interface Builder {
        HostBatch build(long seed, long position, int batchSize);
    }

    private record Key(long seed, long position, int batchSize) {

        Key ahead(int steps) {
            return new Key(seed, position + steps, batchSize);
        }

        boolean isWithin(Key current, int depth) {
            return seed == current.seed && batchSize == current.batchSize
                    && position > current.position && position <= current.position + depth;
        }
    }

    private final Builder builder;
    private final int depth;
    private final ExecutorService thread;
    private final List<Thread> started = new CopyOnWriteArrayList<>();
    private final Map<Key, Future<HostBatch>> pending = new HashMap<>();

    /**
     * @param builder what builds a batch
     * @param depth how many batches to prepare ahead of the one asked for
     * @param name the background thread's name, for thread dumps
     */
    BatchPrefetcher(Builder builder, int depth, String name) {
        this.builder = builder;
        this.depth = depth;
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread daemon = new Thread(task, name);
            daemon.setDaemon(true);
            started.add(daemon);
            return daemon;
        });
    }

    /** The batch at {@code position}, waiting for it if it is not ready yet. */
    synchronized HostBatch take(long seed, long position, int batchSize) {
        Key key = new Key(seed, position, batchSize);
        Future<HostBatch> wanted = pending.remove(key);
        if (wanted == null) {
            wanted = submit(key);
        }
        pending.entrySet().removeIf(entry -> {
            boolean stale = !entry.getKey().isWithin(key, depth);
            if (stale) {
                entry.getValue().cancel(false);
            }
            return stale;
        });
        for (int ahead = 1; ahead <= depth; ahead++) {
            pending.computeIfAbsent(key.ahead(ahead), this::submit);
        }
        return await(wanted);
    }

    private Future<HostBatch> submit(Key key) {
        return thread.submit(() -> builder.build(key.seed(), key.position(), key.batchSize()));
    }

    private static HostBatch await(Future<HostBatch> batch) {
        try {
            return batch.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a batch of real samples", interrupted);
        } catch (CancellationException cancelled) {
            throw new IllegalStateException("the dataset was closed while a batch was being read", cancelled);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Stops the background thread, dropping the batches prepared ahead, and returns once the
     * thread has ended.
     */
    @Override
    public synchronized void close() {
        pending.values().forEach(batch -> batch.cancel(true));
        pending.clear();
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
            // A terminated executor's worker can still be unwinding; join it so that a closed
            // dataset leaves no thread behind.
            for (Thread worker : started) {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
