package dev.gavel.discord.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/**
 * A JDA listener that keeps every event, so a test can wait (bounded) for the ones it expects.
 * Register it when logging in: {@code fake.startClient(recorder)}.
 */
public final class JdaEventRecorder implements EventListener {

    private final FakeDiscord fake;
    private final List<GenericEvent> events = new ArrayList<>();
    private final List<Boolean> awaited = new ArrayList<>();

    public JdaEventRecorder(FakeDiscord fake) {
        this.fake = fake;
    }

    @Override
    public void onEvent(GenericEvent event) {
        synchronized (events) {
            events.add(event);
            awaited.add(false);
            events.notifyAll();
        }
    }

    /** Every event of this type so far. */
    public <T extends GenericEvent> List<T> events(Class<T> type) {
        synchronized (events) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /** The oldest event of this type that no earlier await returned; waits for it at most {@code timeout}. */
    public <T extends GenericEvent> T await(Class<T> type, Duration timeout) {
        return await(type, event -> true, timeout);
    }

    /** The oldest matching event that no earlier await returned; waits for it at most {@code timeout}. */
    public <T extends GenericEvent> T await(Class<T> type, Predicate<? super T> condition, Duration timeout) {
        return awaitAll(type, condition, 1, timeout).get(0);
    }

    /** The {@code count} oldest matching events that no earlier await returned. */
    public <T extends GenericEvent> List<T> awaitAll(Class<T> type, Predicate<? super T> condition, int count,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (events) {
            while (true) {
                List<Integer> matching = new ArrayList<>();
                for (int i = 0; i < events.size() && matching.size() < count; i++) {
                    GenericEvent event = events.get(i);
                    if (!awaited.get(i) && type.isInstance(event) && condition.test(type.cast(event))) {
                        matching.add(i);
                    }
                }
                if (matching.size() == count) {
                    List<T> found = new ArrayList<>();
                    for (int index : matching) {
                        awaited.set(index, true);
                        found.add(type.cast(events.get(index)));
                    }
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + count
                            + " " + type.getSimpleName() + "; got " + matching.size() + ". Events so far: "
                            + events.stream().map(event -> event.getClass().getSimpleName()).toList()
                            + fake.diagnostics());
                }
                try {
                    events.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting for " + type.getSimpleName(), e);
                }
            }
        }
    }
}
