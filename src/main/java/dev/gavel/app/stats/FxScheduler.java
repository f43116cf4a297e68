package dev.gavel.app.stats;


import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Scheduler} on the JavaFX clock: the action runs on the FX thread when the pause ends. */
final class FxScheduler implements Scheduler {

    @Override
    public Scheduled schedule(java.time.Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(Math.max(1, delay.toMillis())));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }
}
