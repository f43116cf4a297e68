package dev.gavel.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefreshThrottleTest {

    private final MutableClock clock = new MutableClock("2025-06-30T12:00:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final AtomicInteger refreshes = new AtomicInteger();
    private final RefreshThrottle throttle = new RefreshThrottle(clock, scheduler, Duration.ofSeconds(5), refreshes::incrementAndGet);

    @Test
    @DisplayName("the first signal refreshes at once; a burst within the interval gives one more refresh at its end")
    void burst() {
        throttle.signal();
        assertThat(refreshes).hasValue(1);
        for (int i = 0; i < 50; i++) {
            scheduler.advance(Duration.ofMillis(40));
            throttle.signal();
        }
        assertThat(refreshes).hasValue(1);
        assertThat(scheduler.waiting()).isEqualTo(1);
        scheduler.advance(Duration.ofSeconds(3));
        assertThat(refreshes).hasValue(2);
        assertThat(scheduler.waiting()).isZero();
    }

    @Test
    @DisplayName("a steady stream refreshes once every interval, never more")
    void steadyStream() {
        for (int second = 0; second < 60; second++) {
            throttle.signal();
            scheduler.advance(Duration.ofMillis(500));
            throttle.signal();
            scheduler.advance(Duration.ofMillis(500));
        }
        assertThat(refreshes.get()).isBetween(12, 13);
    }

    @Test
    @DisplayName("after a quiet interval a signal refreshes at once again")
    void quiet() {
        throttle.signal();
        scheduler.advance(Duration.ofSeconds(6));
        throttle.signal();
        assertThat(refreshes).hasValue(2);
        assertThat(scheduler.waiting()).isZero();
    }

    @Test
    @DisplayName("cancel drops the waiting refresh")
    void cancel() {
        throttle.signal();
        throttle.signal();
        throttle.cancel();
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(refreshes).hasValue(1);
    }
}
