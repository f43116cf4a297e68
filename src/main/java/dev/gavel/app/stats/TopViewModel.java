package dev.gavel.app.stats;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import dev.gavel.app.shell.GuildScope;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.core.model.StatsThresholds;
import dev.gavel.core.stats.ReportTable;
import dev.gavel.core.stats.ReportTables;
import dev.gavel.core.stats.StatsRequest;
import dev.gavel.core.stats.TopReport.Participant;
import dev.gavel.core.stats.TopReport;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * Top participants (METRICS.md §2.2): the report's rows, filtered by name and sorted by any column
 * (the report's own order until a column is chosen). Opening a row shows that member.
 */
public final class TopViewModel extends ReportTab {

    /** How the scores are given (METRICS.md §2.2), in words. */
    public static final String SCORES = "Word score 1–4 from 2,000, 5,000, 7,500 and 20,000 words; message score 1–4 from 150, "
            + "350, 800 and 1,500 messages; channel score 1–3 from 3, 7 and 9 channels; consistency score: the middle value of the "
            + "categories written in per day; % zero days: the share of days without a message.";

    /** A column and a direction. */
    public record Sort(TopColumn column, boolean descending) {
    }

    private final ReportLoader<TopReport> top;
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final FilteredList<Participant> filtered = new FilteredList<>(participants);
    private final SortedList<Participant> rows = new SortedList<>(filtered);
    private final StringProperty nameFilter = new SimpleStringProperty(this, "nameFilter", "");
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(this, "sort");
    private final ObjectProperty<Participant> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringBinding count;
    private final BooleanBinding loading;
    private final StringBinding error;
    private final BiConsumer<String, String> openMember;

    /** @param openMember shows a member (id, name) on the member tab */
    TopViewModel(UiExecutor ui, BiConsumer<String, String> openMember) {
        this.openMember = openMember;
        top = new ReportLoader<>(ui, "The top participants");
        loading = anyLoading(top);
        error = firstError(top);
        top.resultProperty().addListener((observable, old, report) ->
                participants.setAll(report == null ? List.of() : report.participants()));
        nameFilter.addListener((observable, old, text) -> filtered.setPredicate(matching(text)));
        sort.addListener((observable, old, chosen) -> rows.setComparator(comparator(chosen)));
        participants.addListener((ListChangeListener<Participant>) change -> rows.setComparator(comparator(sort.get())));
        count = Bindings.createStringBinding(() -> rows.size() == participants.size()
                        ? participants.size() + (participants.size() == 1 ? " participant" : " participants")
                        : rows.size() + " of " + participants.size() + " participants",
                rows, participants);
    }

    public ReadOnlyObjectProperty<TopReport> reportProperty() {
        return top.resultProperty();
    }

    /** The rows shown: filtered and sorted. */
    public ObservableList<Participant> rows() {
        return rows;
    }

    public StringProperty nameFilterProperty() {
        return nameFilter;
    }

    /** The chosen order; null for the report's (messages, then words, then id). */
    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    public void sortBy(TopColumn column, boolean descending) {
        sort.set(new Sort(column, descending));
    }

    /** "12 participants" or "3 of 12 participants". */
    public StringBinding countText() {
        return count;
    }

    /** Who qualifies, from the thresholds. */
    public static String rule(StatsThresholds thresholds) {
        NumberFormat number = NumberFormat.getIntegerInstance();
        return "Authors with at least " + number.format(thresholds.topMinMessages()) + " messages or "
                + number.format(thresholds.topMinWords()) + " words in the range, at most " + number.format(thresholds.topLimit())
                + ", by messages.";
    }

    /** The row the table's selection is on. */
    public ObjectProperty<Participant> selectedProperty() {
        return selected;
    }

    /** Opens the selected row's member page. */
    public void openSelected() {
        open(selected.get());
    }

    /** Opens {@code participant}'s member page. */
    public void open(Participant participant) {
        if (participant != null) {
            openMember.accept(participant.authorId(), participant.name());
        }
    }

    /** The rows shown, as exported: the columns of {@code gavel stats --report top --format csv}. */
    public ReportTable table() {
        return ReportTables.participants(List.copyOf(rows));
    }

    @Override
    BooleanBinding loadingBinding() {
        return loading;
    }

    @Override
    StringBinding errorBinding() {
        return error;
    }

    @Override
    protected void load(GuildScope scope, StatsRequest request) {
        top.load(progress -> scope.statistics().topParticipants(request));
    }

    @Override
    protected void reload(GuildScope scope, StatsRequest request) {
        top.reload(progress -> scope.statistics().topParticipants(request));
    }

    @Override
    protected void cancelLoads() {
        top.cancel();
    }

    @Override
    protected void clear() {
        top.clear();
    }

    private static Predicate<Participant> matching(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return null;
        }
        return participant -> participant.name().toLowerCase(Locale.ROOT).contains(wanted) || participant.authorId().equals(wanted);
    }

    /** The chosen column's order; ties, and no choice, in the report's order. */
    private Comparator<Participant> comparator(Sort chosen) {
        if (chosen == null) {
            return null;
        }
        Map<String, Integer> reportOrder = new HashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            reportOrder.put(participants.get(i).authorId(), i);
        }
        Comparator<Participant> column = chosen.descending() ? chosen.column().ascending().reversed() : chosen.column().ascending();
        return column.thenComparing(participant -> reportOrder.getOrDefault(participant.authorId(), Integer.MAX_VALUE));
    }
}
