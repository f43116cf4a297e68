package dev.gavel.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes a store. SQLite allows one writer at a time; funnelling every write
 * through one thread and one connection keeps writers from waiting on each other's locks, keeps
 * writes in submission order, and keeps the JavaFX and JDA threads free.
 */
public final class StoreWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreWriter.class);
    private static final long CLOSE_TIMEOUT_SECONDS = 60;

    private final ExecutorService executor;
    private final Jdbi jdbi;
    private volatile Thread writerThread;
    private Handle handle;

    StoreWriter(Jdbi jdbi, String storeName) {
        this.jdbi = jdbi;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gavel-store-writer-" + storeName);
            thread.setDaemon(true);
            writerThread = thread;
            return thread;
        });
    }

    /** Runs {@code work} on the writer thread in its own transaction. */
    public <R> CompletableFuture<R> submit(Function<Tx, R> work) {
        CompletableFuture<R> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(handle().inTransaction(h -> work.apply(new Tx(h))));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new StoreException("The store is closed; the write was not made.", e));
        }
        return result;
    }

    /** True when called on the writer thread, where a write may call others directly. */
    public boolean isWriterThread() {
        return Thread.currentThread() == writerThread;
    }

    private Handle handle() {
        if (handle == null) {
            handle = jdbi.open();
            KeptStatements.install(handle);
        }
        return handle;
    }

    /** Finishes every queued write, then closes the writer's connection. */
    @Override
    public void close() {
        executor.execute(() -> {
            if (handle != null) {
                handle.close();
                handle = null;
            }
        });
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("Store writer did not finish its queued writes within {} s; abandoning them", CLOSE_TIMEOUT_SECONDS);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
