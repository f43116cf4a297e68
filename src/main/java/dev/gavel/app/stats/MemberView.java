package dev.gavel.app.stats;

import java.util.List;

import atlantafx.base.theme.Styles;
import dev.gavel.core.stats.ActivityReader.AuthorName;
import dev.gavel.core.stats.CategoryCount;
import dev.gavel.core.stats.ChannelCount;
import dev.gavel.core.stats.CohortMetric;
import dev.gavel.core.stats.CohortReport;
import dev.gavel.core.stats.MemberReport;
import dev.gavel.core.stats.ReportTables;
import javafx.beans.binding.Bindings;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The member tab: search a member, then their headline, daily chart, channels and categories, and their standing in the cohort. */
final class MemberView extends ScrollPane {

    private final MemberViewModel model;
    private final TextField search = new TextField();
    private final ListView<AuthorName> matches = new ListView<>();
    private final Label name = new Label();
    private final Label headline = new Label();
    private final Label standing = new Label();
    private final ShadedLineChart dailyChart = new ShadedLineChart("The member's activity per day");
    private final XYChart.Series<Number, Number> dailySeries = new XYChart.Series<>();
    private final HorizontalBars channelBars = new HorizontalBars("Messages", "The member's messages by channel");
    private final HorizontalBars categoryBars = new HorizontalBars("Messages", "The member's messages by category");
    private final HorizontalBars percentileBars = new HorizontalBars("Percentile", "The member's percentile per metric");
    private final ChartCard dailyCard;
    private final ChartCard channelsCard;
    private final ChartCard categoriesCard;
    private final ChartCard cohortCard;
    private final GridPane details = new GridPane();

    MemberView(MemberViewModel model, Exporter exporter, FileNamer names) {
        this.model = model;
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");

        search.setPromptText("Search a member by name or id");
        search.getStyleClass().add("search-field");
        search.setAccessibleText("Search a member by name or id");
        search.setTooltip(new Tooltip("Type part of a name, then pick the member with the arrow keys and Enter ("
                + StatisticsShortcuts.FIND.getDisplayText() + ")"));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        matches.setItems(model.matches());
        matches.getStyleClass().add("member-matches");
        matches.setAccessibleText("Members found");
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AuthorName author, boolean empty) {
                super.updateItem(author, empty);
                setText(empty || author == null ? null
                        : author.name().equals(author.authorId()) ? author.authorId() : author.name() + "  (" + author.authorId() + ")");
            }
        });
        matches.visibleProperty().bind(Bindings.isNotEmpty(model.matches()).and(search.focusedProperty()
                .or(matches.focusedProperty())));
        matches.managedProperty().bind(matches.visibleProperty());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !matches.getItems().isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && !matches.getItems().isEmpty()) {
                choose(matches.getItems().get(0));
                event.consume();
            }
        });
        matches.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                choose(matches.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        matches.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                choose(matches.getSelectionModel().getSelectedItem());
            }
        });

        name.getStyleClass().add(Styles.TITLE_3);
        headline.getStyleClass().add("headline");
        standing.setWrapText(true);

        dailySeries.setName("Messages");
        dailyChart.getData().add(dailySeries);
        dailyChart.setLegendVisible(false);
        dailyCard = new ChartCard("The member per day", dailyChart, exporter, names)
                .withControls(new MetricSwitch<>(MemberViewModel.DailyMetric.class, model.dailyMetricProperty(),
                        MemberViewModel.DailyMetric::label, "What the member's per-day chart shows"));
        channelsCard = new ChartCard("The member's channels", channelBars, exporter, names);
        categoriesCard = new ChartCard("The member's categories", categoryBars, exporter, names);
        NumberAxis percent = (NumberAxis) percentileBars.getXAxis();
        percent.setAutoRanging(false);
        percent.setUpperBound(100);
        percent.setTickUnit(10);
        cohortCard = new ChartCard("Against the cohort", percentileBars, exporter, names);

        details.getStyleClass().add("tab-body-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        details.getColumnConstraints().addAll(half, half);
        details.add(dailyCard, 0, 0, 2, 1);
        details.add(channelsCard, 0, 1);
        details.add(categoriesCard, 1, 1);
        details.add(cohortCard, 0, 2, 2, 1);

        Label hint = new Label("Search a member above, or open one from the top participants.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.visibleProperty().bind(model.chosenProperty().isNull());
        hint.managedProperty().bind(hint.visibleProperty());
        details.visibleProperty().bind(model.dataProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());

        VBox body = new VBox(search, matches, hint, name, headline, standing, details);
        body.getStyleClass().add("tab-body");
        setContent(body);

        model.chosenProperty().addListener((observable, old, author) -> name.setText(author == null ? null : author.name()));
        model.dataProperty().addListener((observable, old, data) -> show(data));
        model.dailyMetricProperty().addListener((observable, old, metric) -> showDaily(model.data()));
        show(model.data());
    }

    private void choose(AuthorName author) {
        if (author != null) {
            model.choose(author);
            search.clear();
        }
    }

    private void show(MemberViewModel.MemberData data) {
        if (data == null) {
            headline.setText(null);
            standing.setText(null);
            return;
        }
        MemberReport report = data.report();
        name.setText(report.name());
        headline.setText(report.headline());
        showDaily(data);
        List<ChannelCount> channels = report.byChannel();
        channelBars.show(OverviewViewModel.channelLabels(channels), channels.stream().map(ChannelCount::messages).toList());
        channelsCard.setNumbers(MemberViewModel.channelTable(report));
        channelsCard.setNote(moreThanShown(channels.size(), "channels"));
        List<CategoryCount> categories = report.byCategory();
        categoryBars.show(categories.stream().map(c -> c.category() == null ? ReportTables.NO_CATEGORY : c.category()).toList(),
                categories.stream().map(CategoryCount::messages).toList());
        categoriesCard.setNumbers(MemberViewModel.categoryTable(report));
        categoriesCard.setNote(moreThanShown(categories.size(), "categories"));

        CohortReport cohort = data.cohort();
        standing.setText(MemberViewModel.standing(cohort));
        if (cohort.member() != null) {
            List<CohortMetric> metrics = List.of(CohortMetric.values());
            percentileBars.show(metrics.stream().map(CohortMetric::label).map(label -> label.replace('_', ' ')).toList(),
                    metrics.stream().map(metric -> MemberViewModel.percentile(cohort.member(), metric)).toList());
        } else {
            percentileBars.show(List.of(), List.of());
        }
        cohortCard.setNote("Bars: the member's percentile per metric (the share of the cohort at or below them). "
                + "The table has their values and ranks. The cohort counts every channel.");
        cohortCard.setNumbers(MemberViewModel.standingsTable(cohort));
    }

    private static String moreThanShown(int count, String what) {
        return count <= HorizontalBars.MAX_BARS ? null
                : "The " + HorizontalBars.MAX_BARS + " " + what + " with the most messages; the table lists all " + count + ".";
    }

    private void showDaily(MemberViewModel.MemberData data) {
        if (data == null) {
            return;
        }
        MemberViewModel.DailyMetric metric = model.dailyMetricProperty().get();
        dailySeries.setName(metric.label());
        TimeAxes.days(dailyChart.xAxis(), data.report().request().range());
        double[] days = data.report().days().stream().mapToDouble(day -> day.date().toEpochDay()).toArray();
        ShadedLineChart.setPoints(dailySeries, days, MemberViewModel.dailyValues(data.report(), metric));
        dailyChart.setShades(TimeAxes.dayShades(data.coverage()));
        dailyCard.setNote(TimeAxes.coverageNote(data.coverage()));
        dailyCard.setNumbers(MemberViewModel.dailyTable(data.report()));
    }

    TextField searchField() {
        return search;
    }

    ListView<AuthorName> matchList() {
        return matches;
    }

    Label headline() {
        return headline;
    }

    ShadedLineChart dailyChart() {
        return dailyChart;
    }

    ChartCard dailyCard() {
        return dailyCard;
    }

    ChartCard cohortCard() {
        return cohortCard;
    }
}
