package dev.gavel.app.start;

/** Puts text on the system clipboard (on the JavaFX thread). */
@FunctionalInterface
public interface TextCopier {
    void copy(String text);
}
