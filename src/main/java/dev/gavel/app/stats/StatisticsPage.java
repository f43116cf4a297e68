package dev.gavel.app.stats;

import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import atlantafx.base.theme.Styles;
import dev.gavel.app.shell.GuildScope;
import dev.gavel.app.shell.KeyboardShortcut;
import dev.gavel.app.shell.Page;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The statistics page (METRICS.md §2): one range and channel filter for four tabs (overview, top
 * participants, member, cohort benchmarks). Its shortcuts ({@link StatisticsShortcuts}) work
 * while the page is in a window.
 */
public final class StatisticsPage implements Page {

    private static final String STYLESHEET = Objects.requireNonNull(StatisticsPage.class.getResource("statistics.css"),
            "statistics.css is missing").toExternalForm();

    private final StatisticsViewModel model;
    private final KeyCombination shortcut;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Map<StatisticsTab, Tab> tabByKind = new EnumMap<>(StatisticsTab.class);
    private final RangeBar rangeBar;
    private final OverviewView overview;
    private final TopView top;
    private final MemberView member;
    private final CohortView cohort;
    private final Map<KeyCombination, Runnable> accelerators = new LinkedHashMap<>();
    private Scene acceleratorScene;

    StatisticsPage(StatisticsViewModel model, Exporter exporter, KeyCombination shortcut) {
        this.model = model;
        this.shortcut = shortcut;
        FileNamer names = (what, type) -> {
            GuildScope scope = model.scopeProperty().get();
            return FileNames.of(scope == null ? null : scope.guildName(), what, model.range().range(), type.extension());
        };
        root.getStyleClass().add("statistics-page");
        root.getStylesheets().add(STYLESHEET);

        rangeBar = new RangeBar(model);
        Label rangeError = message("error");
        rangeError.textProperty().bind(model.range().errorProperty());
        Label notice = message("notice");
        notice.textProperty().bind(model.noticeProperty());
        Label loadError = message("error");
        loadError.textProperty().bind(model.errorProperty());
        ProgressBar loading = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        loading.getStyleClass().addAll("loading-bar", Styles.SMALL);
        loading.setAccessibleText("Loading the statistics");
        loading.visibleProperty().bind(model.loadingProperty());
        root.setTop(new VBox(rangeBar, rangeError, notice, loadError, loading));

        overview = new OverviewView(model.overview(), exporter, names);
        top = new TopView(model.top(), exporter, names);
        member = new MemberView(model.member(), exporter, names);
        cohort = new CohortView(model.cohort(), exporter, names);
        addTab(StatisticsTab.OVERVIEW, overview);
        addTab(StatisticsTab.TOP, top);
        addTab(StatisticsTab.MEMBER, member);
        addTab(StatisticsTab.BENCHMARKS, cohort);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(tabByKind.get(model.tabProperty().get()));
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) ->
                tabByKind.forEach((kind, tab) -> {
                    if (tab == selected) {
                        model.tabProperty().set(kind);
                    }
                }));
        model.tabProperty().addListener((observable, old, kind) -> tabs.getSelectionModel().select(tabByKind.get(kind)));
        root.setCenter(tabs);

        Label status = message("status");
        status.textProperty().bind(exporter.messageProperty());
        root.setBottom(status);

        defineShortcuts();
        root.sceneProperty().addListener((observable, old, scene) -> installShortcuts(scene));
    }

    @Override
    public String title() {
        return "Statistics";
    }

    @Override
    public Ikon icon() {
        return Material2AL.INSIGHTS;
    }

    @Override
    public KeyCombination shortcut() {
        return shortcut;
    }

    @Override
    public List<KeyboardShortcut> shortcuts() {
        return StatisticsShortcuts.all();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void open(GuildScope scope) {
        model.open(scope);
    }

    @Override
    public void close() {
        model.close();
    }

    /** Shows one tab (for the screenshots and for the shell's own links). */
    public void showTab(StatisticsTab tab) {
        model.tabProperty().set(tab);
    }

    StatisticsViewModel model() {
        return model;
    }

    RangeBar rangeBar() {
        return rangeBar;
    }

    OverviewView overview() {
        return overview;
    }

    TopView top() {
        return top;
    }

    MemberView member() {
        return member;
    }

    CohortView cohort() {
        return cohort;
    }

    TabPane tabs() {
        return tabs;
    }

    private void addTab(StatisticsTab kind, Node content) {
        Tab tab = new Tab(kind.title(), content);
        tab.setTooltip(new Tooltip(kind.title() + " (" + kind.shortcut().getDisplayText() + ")"));
        tabByKind.put(kind, tab);
        tabs.getTabs().add(tab);
    }

    private static Label message(String kind) {
        Label label = new Label();
        label.getStyleClass().addAll("page-message", kind);
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    private void defineShortcuts() {
        RangeViewModel range = model.range();
        for (StatisticsTab tab : StatisticsTab.values()) {
            accelerators.put(tab.shortcut(), () -> model.tabProperty().set(tab));
        }
        for (RangePreset preset : RangePreset.values()) {
            if (preset == RangePreset.CUSTOM) {
                accelerators.put(StatisticsShortcuts.CUSTOM, () -> {
                    range.choose(RangePreset.CUSTOM);
                    rangeBar.fromPicker().requestFocus();
                });
            } else {
                accelerators.put(StatisticsShortcuts.preset(preset), () -> range.choose(preset));
            }
        }
        accelerators.put(StatisticsShortcuts.BACK, range::back);
        accelerators.put(StatisticsShortcuts.FORWARD, range::forward);
        accelerators.put(StatisticsShortcuts.REFRESH, model::refresh);
        accelerators.put(StatisticsShortcuts.FIND, () -> {
            switch (model.tabProperty().get()) {
                case TOP -> top.filterField().requestFocus();
                case MEMBER -> member.searchField().requestFocus();
                default -> {
                    model.tabProperty().set(StatisticsTab.MEMBER);
                    member.searchField().requestFocus();
                }
            }
        });
    }

    /** The shortcuts live in the scene the page is shown in, and leave it with the page. */
    private void installShortcuts(Scene scene) {
        if (acceleratorScene != null) {
            ObservableMap<KeyCombination, Runnable> installed = acceleratorScene.getAccelerators();
            accelerators.forEach((keys, action) -> installed.remove(keys, action));
        }
        acceleratorScene = scene;
        if (scene != null) {
            scene.getAccelerators().putAll(accelerators);
        }
    }
}
