package dev.gavel.app.fx;

import javafx.scene.Node;

/** The few questions and texts the views put in a dialog; tests answer them without a window. */
public interface Dialogs {

    /** Asks a yes/no question; true for yes. */
    boolean confirm(Node owner, String title, String question, String yes);

    /** Shows a text to read and copy (read-only). */
    void showText(Node owner, String title, String text);
}
