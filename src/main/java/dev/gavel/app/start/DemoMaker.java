package dev.gavel.app.start;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import dev.gavel.demo.DemoProgress;
import dev.gavel.demo.DemoSummary;

/** Makes the demo store (the composition root chooses its size; tests make a small one). */
@FunctionalInterface
public interface DemoMaker {

    /** Blocks until the store is made; a cancellation leaves no file. */
    DemoSummary make(Path file, DemoProgress progress, BooleanSupplier cancelled);
}
