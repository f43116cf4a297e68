package dev.gavel.app.shell;

import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * A screen reachable from the shell's navigation (statistics, settings, tickets, user threads).
 * The shell builds each page once, shows its {@link #root()} and tells it which guild to show.
 */
public interface Page {

    String title();

    Ikon icon();

    /** The shortcut that shows this page (Ctrl+1, Ctrl+2, …), shown in the navigation's tooltip. */
    KeyCombination shortcut();

    Node root();

    /** Shows {@code scope}'s guild: called when the page is shown and whenever the guild or store changes. */
    void open(GuildScope scope);

    /** The page is left: cancel running tasks and release listeners. */
    void close();
}
