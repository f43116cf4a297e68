package dev.gavel.app.stats;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

import dev.gavel.app.shell.GuildScope;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.core.stats.ActivityReader.AuthorName;
import dev.gavel.core.stats.CohortMetric;
import dev.gavel.core.stats.CohortReport;
import dev.gavel.core.stats.Coverage;
import dev.gavel.core.stats.MemberReport;
import dev.gavel.core.stats.ReportTable;
import dev.gavel.core.stats.ReportTables;
import dev.gavel.core.stats.StatsRequest;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One member over the range (METRICS.md §2.3) and against the cohort (§2.4): picked by searching
 * the guild's members by name (or id), or opened from the top participants.
 */
public final class MemberViewModel extends ReportTab {

    /** What the member's per-day chart shows. */
    public enum DailyMetric {
        MESSAGES("Messages"), WORDS("Words"), REACTIONS("Reactions"), AVERAGE_WORDS("Average words");

        private final String label;

        DailyMetric(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the member tab shows: the member's report, the cohort with them compared, and the recorder's coverage. */
    public record MemberData(MemberReport report, CohortReport cohort, Coverage coverage) {
    }

    static final int MATCHES = 20;

    private final ReportLoader<MemberData> member;
    private final ReportLoader<List<AuthorName>> search;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<AuthorName> matches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AuthorName> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ObjectProperty<DailyMetric> dailyMetric = new SimpleObjectProperty<>(this, "dailyMetric", DailyMetric.MESSAGES);
    private final BooleanBinding loading;
    private final StringBinding error;

    MemberViewModel(UiExecutor ui) {
        member = new ReportLoader<>(ui, "The member's statistics");
        search = new ReportLoader<>(ui, "The member search");
        loading = anyLoading(member);
        error = firstError(member, search);
        search.resultProperty().addListener((observable, old, found) -> matches.setAll(found == null ? List.of() : found));
        searchText.addListener((observable, old, text) -> search());
    }

    public ReadOnlyObjectProperty<MemberData> dataProperty() {
        return member.resultProperty();
    }

    public MemberData data() {
        return member.result();
    }

    /** What is typed in the search field: part of a name, or an id. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The members found for the search text, by name. */
    public ObservableList<AuthorName> matches() {
        return matches;
    }

    /** The member shown; null until one is chosen. */
    public ReadOnlyObjectProperty<AuthorName> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ObjectProperty<DailyMetric> dailyMetricProperty() {
        return dailyMetric;
    }

    /** Shows {@code author}'s statistics. */
    public void choose(AuthorName author) {
        if (author == null) {
            return;
        }
        chosen.set(author);
        refresh();
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
        AuthorName author = chosen.get();
        if (author == null) {
            return;
        }
        member.load(progress -> read(scope, request, author.authorId()));
    }

    @Override
    protected void reload(GuildScope scope, StatsRequest request) {
        AuthorName author = chosen.get();
        if (author != null) {
            member.reload(progress -> read(scope, request, author.authorId()));
        }
    }

    @Override
    protected void cancelLoads() {
        member.cancel();
        search.cancel();
    }

    @Override
    protected void clear() {
        member.clear();
        search.clear();
        chosen.set(null);
        matches.clear();
    }

    private static MemberData read(GuildScope scope, StatsRequest request, String authorId) {
        MemberReport report = scope.statistics().member(request, authorId);
        CohortReport cohort = scope.statistics().cohort(request, authorId);
        return new MemberData(report, cohort, scope.statistics().coverage(request));
    }

    private void search() {
        GuildScope scope = scope();
        String text = searchText.get() == null ? "" : searchText.get().strip();
        if (scope == null || text.isEmpty()) {
            search.cancel();
            matches.clear();
            return;
        }
        search.load(progress -> scope.statistics().findMembers(scope.guildId(), text, MATCHES));
    }

    /** The values of the per-day chart for {@code metric}. */
    public static double[] dailyValues(MemberReport report, DailyMetric metric) {
        return report.days().stream().mapToDouble(day -> switch (metric) {
            case MESSAGES -> day.messages();
            case WORDS -> day.words();
            case REACTIONS -> day.reactions();
            case AVERAGE_WORDS -> day.averageWords().doubleValue();
        }).toArray();
    }

    /**
     * The member against the cohort in one sentence, e.g. "Overall percentile 87.5: above average
     * (the mean of the message, word, reaction and longest-streak percentiles) among 57 members with at
     * least 10 messages in the range, in every channel."
     */
    public static String standing(CohortReport cohort) {
        String among = cohort.authors().size() + (cohort.authors().size() == 1 ? " member" : " members") + " with at least "
                + cohort.minMessages() + " messages in the range, in every channel";
        if (cohort.member() == null) {
            return "No comparison: there are no members with at least " + cohort.minMessages() + " messages in the range.";
        }
        CohortReport.MemberComparison comparison = cohort.member();
        return "Overall percentile " + oneDecimal(comparison.overall()) + ": " + comparison.band().label().replace('_', ' ')
                + " (the mean of the message, word, reaction and longest-streak percentiles) among " + among + "."
                + (comparison.inCohort() ? "" : " The member is not one of them (too few messages) and is compared from outside.");
    }

    /** Percentile per metric, for the comparison chart. */
    public static double percentile(CohortReport.MemberComparison comparison, CohortMetric metric) {
        return comparison.standing(metric).percentile();
    }

    public static ReportTable dailyTable(MemberReport report) {
        return ReportTables.memberDays(report);
    }

    public static ReportTable channelTable(MemberReport report) {
        return ReportTables.memberChannels(report);
    }

    public static ReportTable categoryTable(MemberReport report) {
        return ReportTables.memberCategories(report);
    }

    /** The member's standings, or an empty table when there is no cohort to compare with. */
    public static ReportTable standingsTable(CohortReport cohort) {
        if (cohort.member() == null) {
            return new ReportTable("Against the cohort", List.of("metric", "value", "percentile", "rank"), List.of());
        }
        return ReportTables.cohortStandings(cohort.member());
    }

    private static String oneDecimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(BigDecimal.valueOf(value));
    }
}
