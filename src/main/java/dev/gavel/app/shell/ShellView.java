package dev.gavel.app.shell;

import java.util.List;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's frame around the pages: menus, guild picker, navigation, banners and status bar. */
public final class ShellView {

    private final ShellViewModel viewModel;
    private final ShellActions actions;
    private final GuildIcons icons;
    private final Supplier<AboutInfo> about;
    private final BorderPane root = new BorderPane();
    private final ComboBox<GuildItem> guildPicker = new ComboBox<>();
    private final ToggleGroup navigation = new ToggleGroup();
    private final StackPane content = new StackPane();

    public ShellView(ShellViewModel viewModel, ShellActions actions, GuildIcons icons, Supplier<AboutInfo> about) {
        this.viewModel = viewModel;
        this.actions = actions;
        this.icons = icons;
        this.about = about;
        root.setId("shell");
        root.getStyleClass().add("shell");
        root.setTop(new VBox(menus(), banner(viewModel.bannerProperty(), Styles.WARNING, "storeBanner"),
                banner(viewModel.settingsProblemProperty(), Styles.DANGER, "settingsProblem"),
                banner(viewModel.loadErrorProperty(), Styles.DANGER, "loadError")));
        root.setLeft(sidebar());
        root.setCenter(center());
        root.setBottom(new StatusBarView(viewModel.statusBar()).root());
    }

    public BorderPane root() {
        return root;
    }

    /** Shows the keyboard shortcuts (Help → Keyboard shortcuts, F1). */
    public void showShortcuts() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(ShortcutsTable.of(ShellShortcuts.all(viewModel.pages())));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.initOwner(root.getScene().getWindow());
        dialog.show();
    }

    private MenuBar menus() {
        MenuItem open = item("Open a store file…", ShellShortcuts.OPEN_STORE, actions::openStore);
        MenuItem demo = item("Open the demo", null, actions::openDemo);
        MenuItem close = item("Close the store", ShellShortcuts.CLOSE_STORE, actions::closeStore);
        MenuItem quit = item("Quit", ShellShortcuts.QUIT, actions::quit);
        Menu file = new Menu("_File", null, open, demo, close, new SeparatorMenuItem(), quit);

        Menu view = new Menu("_View");
        for (Page page : viewModel.pages()) {
            view.getItems().add(item(page.title(), page.shortcut(), () -> viewModel.showPage(page)));
        }
        if (!viewModel.pages().isEmpty()) {
            view.getItems().add(new SeparatorMenuItem());
        }
        view.getItems().add(item("Choose the guild", ShellShortcuts.CHOOSE_GUILD, guildPicker::requestFocus));
        view.getItems().add(item("Next guild", ShellShortcuts.NEXT_GUILD, () -> stepGuild(1)));
        view.getItems().add(item("Previous guild", ShellShortcuts.PREVIOUS_GUILD, () -> stepGuild(-1)));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkTheme");
        dark.setAccelerator(ShellShortcuts.TOGGLE_THEME);
        dark.selectedProperty().bindBidirectional(actions.darkThemeProperty());
        view.getItems().addAll(new SeparatorMenuItem(), dark);

        MenuItem shortcuts = item("Keyboard shortcuts", ShellShortcuts.SHORTCUTS, this::showShortcuts);
        MenuItem guide = item("Bot setup guide", null, actions::openSetupGuide);
        MenuItem aboutItem = item("About Gavel", null, actions::showAbout);
        Menu help = new Menu("_Help", null, shortcuts, guide, aboutItem);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
    }

    /** Shows the About box. */
    public void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, about.get().text(), ButtonType.CLOSE);
        alert.setTitle("About Gavel");
        alert.setHeaderText("Gavel");
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }

    private Node sidebar() {
        guildPicker.setId("guildPicker");
        guildPicker.setItems(viewModel.guilds());
        guildPicker.setMaxWidth(Double.MAX_VALUE);
        guildPicker.setAccessibleText("Guild");
        guildPicker.setPromptText("No guild");
        guildPicker.setCellFactory(list -> new GuildCell());
        guildPicker.setButtonCell(new GuildCell());
        guildPicker.setTooltip(new Tooltip("Choose the guild (" + ShellShortcuts.CHOOSE_GUILD.getDisplayText() + ")"));
        guildPicker.setValue(viewModel.selectedGuildProperty().get());
        viewModel.selectedGuildProperty().addListener((observable, was, now) -> guildPicker.setValue(now));
        guildPicker.valueProperty().addListener((observable, was, now) -> {
            if (now != null) {
                viewModel.selectGuild(now);
            }
        });
        Label guildLabel = new Label("Guild");
        guildLabel.setLabelFor(guildPicker);
        guildLabel.getStyleClass().add(Styles.TEXT_MUTED);

        VBox pages = new VBox(4);
        pages.setId("navigation");
        for (Page page : viewModel.pages()) {
            ToggleButton button = new ToggleButton(page.title(), new FontIcon(page.icon()));
            button.setId("nav-" + page.title().replace(' ', '-').toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(navigation);
            button.setUserData(page);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setContentDisplay(ContentDisplay.LEFT);
            button.getStyleClass().addAll("nav-button", Styles.FLAT);
            button.setTooltip(new Tooltip(page.title() + " (" + page.shortcut().getDisplayText() + ")"));
            button.setOnAction(event -> {
                viewModel.showPage(page);
                button.setSelected(viewModel.currentPageProperty().get() == page);
            });
            pages.getChildren().add(button);
        }
        viewModel.currentPageProperty().addListener((observable, was, now) -> selectNavigation(now));
        selectNavigation(viewModel.currentPageProperty().get());

        VBox sidebar = new VBox(8, guildLabel, guildPicker, pages);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPadding(new Insets(12));
        sidebar.setPrefWidth(240);
        return sidebar;
    }

    private Node center() {
        Label empty = new Label();
        empty.setId("emptyMessage");
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.emptyMessageProperty());
        empty.visibleProperty().bind(viewModel.emptyMessageProperty().isNotNull());
        empty.getStyleClass().add(Styles.TITLE_4);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("shellLoading");
        loading.setMaxSize(48, 48);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        loading.setAccessibleText("Loading");
        content.setId("pageContent");
        content.visibleProperty().bind(viewModel.emptyMessageProperty().isNull());
        viewModel.currentPageProperty().addListener((observable, was, now) -> showPage(now));
        showPage(viewModel.currentPageProperty().get());
        StackPane center = new StackPane(content, empty, loading);
        center.setPadding(new Insets(0));
        return center;
    }

    private void showPage(Page page) {
        content.getChildren().setAll(page == null ? List.of() : List.of(page.root()));
    }

    private void selectNavigation(Page page) {
        navigation.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == page));
    }

    private void stepGuild(int step) {
        List<GuildItem> guilds = viewModel.guilds();
        if (guilds.isEmpty()) {
            return;
        }
        int at = guilds.indexOf(viewModel.selectedGuildProperty().get());
        viewModel.selectGuild(guilds.get(Math.floorMod(at + step, guilds.size())));
    }

    private static MenuItem item(String text, javafx.scene.input.KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private static Node banner(javafx.beans.property.ReadOnlyStringProperty text, String style, String id) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().addAll("banner", style);
        HBox box = new HBox(label);
        box.setId(id);
        box.getStyleClass().addAll("banner-box", style);
        box.visibleProperty().bind(text.isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        HBox.setHgrow(label, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private final class GuildCell extends ListCell<GuildItem> {
        @Override
        protected void updateItem(GuildItem guild, boolean empty) {
            super.updateItem(guild, empty);
            if (empty || guild == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(guild.name());
            setGraphic(new GuildAvatar(icons, guild));
            setAccessibleText(guild.name());
        }
    }
}
