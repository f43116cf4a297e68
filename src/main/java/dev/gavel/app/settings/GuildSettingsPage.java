package dev.gavel.app.settings;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import dev.gavel.app.fx.Dialogs;
import dev.gavel.app.shell.GuildScope;
import dev.gavel.app.shell.KeyboardShortcut;
import dev.gavel.app.shell.Page;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.core.model.GuildSettings;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Guild settings: the channels and roles the bot uses, the statistics' filter, time zone and thresholds, and their history. */
public final class GuildSettingsPage implements Page {

    public static final KeyCombination SHORTCUT = KeyCombination.valueOf("Shortcut+4");

    private final GuildSettingsViewModel viewModel;
    private final Dialogs dialogs;
    private GuildSettingsView view;

    /**
     * @param access  the settings of the session open when the page is shown
     * @param onSaved told the guild and its new settings after a save (the other pages use them)
     */
    public GuildSettingsPage(UiExecutor executor, Supplier<SettingsAccess> access, BiConsumer<String, GuildSettings> onSaved,
                             Dialogs dialogs) {
        this.viewModel = new GuildSettingsViewModel(executor, access, onSaved);
        this.dialogs = dialogs;
    }

    @Override
    public String title() {
        return "Guild settings";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedMZ.SETTINGS;
    }

    @Override
    public KeyCombination shortcut() {
        return SHORTCUT;
    }

    @Override
    public List<KeyboardShortcut> shortcuts() {
        return List.of(new KeyboardShortcut(GuildSettingsView.SAVE, "Guild settings: save"),
                new KeyboardShortcut(GuildSettingsView.REVERT, "Guild settings: put back the saved values"));
    }

    @Override
    public Node root() {
        if (view == null) {
            view = new GuildSettingsView(viewModel, dialogs);
        }
        return view.root();
    }

    @Override
    public void open(GuildScope scope) {
        viewModel.open(scope.guildId(), scope.guildName());
    }

    @Override
    public void close() {
        viewModel.close();
    }

    GuildSettingsViewModel viewModel() {
        return viewModel;
    }
}
