package dev.gavel.demo;

/** Hears how far the making of a demo store is. Called on the thread that makes it. */
@FunctionalInterface
public interface DemoProgress {

    DemoProgress NONE = (step, done, total) -> { };

    /**
     * @param step  what is being done, a short phrase ("Generating messages")
     * @param done  how much of it is done
     * @param total how much there is in all; 0 when the step cannot tell
     */
    void update(String step, long done, long total);
}
