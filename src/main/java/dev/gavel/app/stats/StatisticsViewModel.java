package dev.gavel.app.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.gavel.app.shell.GuildScope;
import dev.gavel.app.shell.LiveSignal;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.core.UserFacingException;
import dev.gavel.core.stats.ActivityReader.AuthorName;
import dev.gavel.core.stats.CategoryCount;
import dev.gavel.core.stats.ChannelFilter;
import dev.gavel.core.stats.StatsRequest;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The statistics page's state: the guild, the range and the channel filter (shared by the tabs),
 * which tab is shown, and live refreshes. Only the tab that is shown loads; a change of range or
 * filter reloads it at once (the latest request wins), and recorded activity refreshes it at most
 * once every {@link #LIVE_REFRESH_INTERVAL}.
 */
public final class StatisticsViewModel {

    static final Duration LIVE_REFRESH_INTERVAL = Duration.ofSeconds(5);

    private final RangeViewModel range;
    private final OverviewViewModel overview;
    private final TopViewModel top;
    private final MemberViewModel member;
    private final CohortViewModel cohort;
    private final Map<StatisticsTab, ReportTab> tabs = new EnumMap<>(StatisticsTab.class);
    private final ReadOnlyObjectWrapper<GuildScope> scope = new ReadOnlyObjectWrapper<>(this, "scope");
    private final ObservableList<FilterChoice> filterChoices = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoice> filter = new SimpleObjectProperty<>(this, "filter");
    private final ReadOnlyObjectWrapper<StatsRequest> request = new ReadOnlyObjectWrapper<>(this, "request");
    private final ObjectProperty<StatisticsTab> tab = new SimpleObjectProperty<>(this, "tab", StatisticsTab.OVERVIEW);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReportLoader<List<CategoryCount>> categories;
    private final RefreshThrottle liveRefresh;
    private LiveSignal.Subscription subscription;
    /** The request whose categories are listed or loading. */
    private StatsRequest categoriesFor;
    private boolean open;
    /** Set while {@link #open} changes several inputs of the request at once. */
    private boolean opening;

    StatisticsViewModel(UiExecutor ui, Clock clock, Scheduler scheduler) {
        range = new RangeViewModel(clock);
        overview = new OverviewViewModel(ui);
        top = new TopViewModel(ui, (id, name) -> openMember(new AuthorName(id, name)));
        member = new MemberViewModel(ui);
        cohort = new CohortViewModel(ui);
        tabs.put(StatisticsTab.OVERVIEW, overview);
        tabs.put(StatisticsTab.TOP, top);
        tabs.put(StatisticsTab.MEMBER, member);
        tabs.put(StatisticsTab.BENCHMARKS, cohort);
        categories = new ReportLoader<>(ui, "The categories");
        categories.resultProperty().addListener((observable, old, found) -> categoriesFound(found));
        liveRefresh = new RefreshThrottle(clock, scheduler, LIVE_REFRESH_INTERVAL, this::activityRecorded);
        range.rangeProperty().addListener((observable, old, days) -> updateRequest(false));
        filter.addListener((observable, old, chosen) -> updateRequest(false));
        tab.addListener((observable, old, shown) -> tabChanged(old, shown));
        followTab(tab.get());
    }

    public RangeViewModel range() {
        return range;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public TopViewModel top() {
        return top;
    }

    public MemberViewModel member() {
        return member;
    }

    public CohortViewModel cohort() {
        return cohort;
    }

    public ReadOnlyObjectProperty<GuildScope> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    /** The saved filter, every channel, and the categories found in the range (after {@link #loadFilterChoices()}). */
    public ObservableList<FilterChoice> filterChoices() {
        return filterChoices;
    }

    public ObjectProperty<FilterChoice> filterProperty() {
        return filter;
    }

    /** What every tab shows: guild, range, filter and thresholds. */
    public ReadOnlyObjectProperty<StatsRequest> requestProperty() {
        return request.getReadOnlyProperty();
    }

    public ObjectProperty<StatisticsTab> tabProperty() {
        return tab;
    }

    /** Something the moderator should know about the settings (an unknown time zone); null when all is well. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether the tab shown is loading. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the tab shown could not load; null when it could. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Shows {@code newScope}'s guild: the page is shown, or the guild or store changed. */
    void open(GuildScope newScope) {
        Objects.requireNonNull(newScope);
        GuildScope old = scope.get();
        boolean sameGuild = old != null && old.guildId().equals(newScope.guildId()) && old.statistics() == newScope.statistics();
        releaseLiveSignal();
        open = true;
        opening = true;
        scope.set(newScope);
        range.setZone(zoneOf(newScope));
        FilterChoice saved = FilterChoice.saved(ChannelFilter.of(newScope.settings().statsChannels(),
                newScope.settings().statsCategories()));
        FilterChoice keep = sameGuild && filter.get() != null && filter.get().kind() != FilterChoice.Kind.SAVED ? filter.get() : saved;
        List<FilterChoice> choices = new ArrayList<>(List.of(saved));
        if (!saved.filter().isEmpty()) {
            choices.add(FilterChoice.all());
        }
        if (!choices.contains(keep)) {
            choices.add(keep);
        }
        filterChoices.setAll(choices);
        categories.clear();
        categoriesFor = null;
        filter.set(keep);
        opening = false;
        boolean changed = updateRequest(!newScope.equals(old));
        tabs.forEach((kind, model) -> model.setShown(kind == tab.get()));
        if (!changed && newScope.live()) {
            tabs.values().forEach(ReportTab::activityRecorded);
        }
        if (newScope.live()) {
            subscription = newScope.liveSignal().onActivityRecorded(newScope.guildId(), liveRefresh::signal);
        }
    }

    /** The page is left: loads stop, the live signal is released. */
    void close() {
        open = false;
        releaseLiveSignal();
        categories.cancel();
        tabs.values().forEach(model -> {
            model.setShown(false);
            model.stop();
        });
    }

    /** Loads the shown tab again. */
    public void refresh() {
        ReportTab shown = tabs.get(tab.get());
        shown.refresh();
    }

    /** Shows a member on the member tab. */
    public void openMember(AuthorName author) {
        member.choose(author);
        tab.set(StatisticsTab.MEMBER);
    }

    /**
     * Looks up the categories with messages in the range, for the filter's choices (once per range:
     * the view asks as soon as the pointer or the focus comes near the filter, so that the list is
     * there before it opens).
     */
    public void loadFilterChoices() {
        GuildScope current = scope.get();
        StatsRequest shown = request.get();
        if (current != null && shown != null && !shown.withFilter(null).equals(categoriesFor)) {
            categoriesFor = shown.withFilter(null);
            categories.load(progress -> current.statistics().categories(shown));
        }
    }

    private void categoriesFound(List<CategoryCount> found) {
        if (found == null || filterChoices.isEmpty()) {
            return;
        }
        FilterChoice chosen = filter.get();
        List<FilterChoice> choices = new ArrayList<>(filterChoices.stream()
                .filter(choice -> choice.kind() != FilterChoice.Kind.CATEGORY).toList());
        found.forEach(category -> choices.add(FilterChoice.category(category.category())));
        if (chosen != null && !choices.contains(chosen)) {
            choices.add(chosen);
        }
        // changed in place: a list control drops its selection when all its items are replaced
        filterChoices.retainAll(choices);
        for (int i = 0; i < choices.size(); i++) {
            if (i >= filterChoices.size()) {
                filterChoices.add(choices.get(i));
            } else if (!filterChoices.get(i).equals(choices.get(i))) {
                filterChoices.add(i, choices.get(i));
            }
        }
        if (filterChoices.size() > choices.size()) {
            filterChoices.remove(choices.size(), filterChoices.size());
        }
    }

    /** Recorded activity (throttled): a preset follows today past midnight, the tabs refresh. */
    private void activityRecorded() {
        if (!open || range.followToday()) {
            return;
        }
        tabs.values().forEach(ReportTab::activityRecorded);
    }

    /** Builds the request from the scope, range and filter; tells the tabs if it changed (or if {@code force}). */
    private boolean updateRequest(boolean force) {
        GuildScope current = scope.get();
        if (opening || current == null || filter.get() == null) {
            return false;
        }
        StatsRequest next = new StatsRequest(current.guildId(), range.range(), filter.get().filter(), current.settings().thresholds());
        if (!force && next.equals(request.get())) {
            return false;
        }
        request.set(next);
        tabs.values().forEach(model -> model.show(current, next));
        return true;
    }

    private void tabChanged(StatisticsTab old, StatisticsTab shown) {
        if (old != null && open) {
            tabs.get(old).setShown(false);
        }
        followTab(shown);
        if (open) {
            tabs.get(shown).setShown(true);
        }
    }

    private void followTab(StatisticsTab shown) {
        loading.bind(tabs.get(shown).loadingBinding());
        error.bind(tabs.get(shown).errorBinding());
    }

    private ZoneId zoneOf(GuildScope current) {
        try {
            ZoneId zone = StatsRequest.zoneOf(current.settings());
            notice.set(null);
            return zone;
        } catch (UserFacingException e) {
            notice.set(e.getMessage() + " Until then days are counted in UTC.");
            return ZoneOffset.UTC;
        }
    }

    private void releaseLiveSignal() {
        liveRefresh.cancel();
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
