package dev.gavel.app.support;

import java.util.ArrayList;
import java.util.List;

import dev.gavel.app.shell.GuildScope;
import dev.gavel.app.shell.Page;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** A page that remembers what the shell told it, for the shell's tests. */
public final class RecordingPage implements Page {

    private final String title;
    private final KeyCombination shortcut;
    public final List<String> calls = new ArrayList<>();
    public GuildScope lastScope;
    private Label root;

    public RecordingPage(String title, String shortcut) {
        this.title = title;
        this.shortcut = KeyCombination.valueOf(shortcut);
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Ikon icon() {
        return Material2AL.BAR_CHART;
    }

    @Override
    public KeyCombination shortcut() {
        return shortcut;
    }

    @Override
    public Node root() {
        if (root == null) {
            root = new Label(title);
            root.setId("page-" + title);
        }
        return root;
    }

    @Override
    public void open(GuildScope scope) {
        lastScope = scope;
        calls.add("open " + scope.guildId());
    }

    @Override
    public void close() {
        calls.add("close");
    }
}
