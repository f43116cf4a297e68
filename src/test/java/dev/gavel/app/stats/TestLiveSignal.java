package dev.gavel.app.stats;

import java.util.ArrayList;
import java.util.List;

import dev.gavel.app.shell.LiveSignal;

/** A live signal the test fires by hand. */
final class TestLiveSignal implements LiveSignal {

    private final List<Runnable> listeners = new ArrayList<>();

    @Override
    public Subscription onActivityRecorded(String guildId, Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    int listeners() {
        return listeners.size();
    }

    void fire() {
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
