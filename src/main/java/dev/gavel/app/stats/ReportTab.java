package dev.gavel.app.stats;

import dev.gavel.app.shell.GuildScope;
import dev.gavel.core.stats.StatsRequest;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

/**
 * A tab of the statistics page: it is told which guild and request to show, and loads only while it
 * is shown; a tab that is not shown loads when it is shown again, and only if something changed.
 */
abstract class ReportTab {

    private GuildScope scope;
    private StatsRequest request;
    private boolean shown;
    private boolean stale;

    /**
     * The guild and days to show; loads now if the tab is shown. Results of another guild or store
     * are dropped at once; those of the same guild stay shown until the new ones arrive.
     */
    final void show(GuildScope newScope, StatsRequest newRequest) {
        if (scope == null || !scope.guildId().equals(newScope.guildId()) || scope.statistics() != newScope.statistics()) {
            clear();
        }
        scope = newScope;
        request = newRequest;
        stale = true;
        loadIfDue();
    }

    final void setShown(boolean isShown) {
        shown = isShown;
        loadIfDue();
    }

    /** New activity was recorded: refresh if shown (coalesced with a load that is running), else later. */
    final void activityRecorded() {
        if (shown && scope != null && !stale) {
            reload(scope, request);
        } else {
            stale = true;
            loadIfDue();
        }
    }

    /** Loads again what is shown (the refresh command). */
    final void refresh() {
        stale = true;
        loadIfDue();
    }

    final GuildScope scope() {
        return scope;
    }

    final StatsRequest request() {
        return request;
    }

    /** Stops loading (the page is left); what was cut short loads when the tab is shown again. */
    final void stop() {
        if (loadingBinding().get()) {
            stale = true;
        }
        cancelLoads();
    }

    /** Cancels the tab's running loads. */
    protected abstract void cancelLoads();

    /** Whether any part of the tab is loading. */
    abstract BooleanBinding loadingBinding();

    /** Why the tab's last load failed, null when it did not. */
    abstract StringBinding errorBinding();

    /** Loads everything for {@code request}, cancelling what is loading. */
    protected abstract void load(GuildScope scope, StatsRequest request);

    /** Loads again without piling up: waits for a running load to end. */
    protected abstract void reload(GuildScope scope, StatsRequest request);

    /** Forgets the results of another guild or store. */
    protected abstract void clear();

    private void loadIfDue() {
        if (shown && stale && scope != null && request != null) {
            stale = false;
            load(scope, request);
        }
    }

    /** The first non-null of the loaders' errors. */
    static StringBinding firstError(ReportLoader<?>... loaders) {
        Observable[] errors = new Observable[loaders.length];
        for (int i = 0; i < loaders.length; i++) {
            errors[i] = loaders[i].errorProperty();
        }
        return Bindings.createStringBinding(() -> {
            for (ReportLoader<?> loader : loaders) {
                if (loader.errorProperty().get() != null) {
                    return loader.errorProperty().get();
                }
            }
            return null;
        }, errors);
    }

    static BooleanBinding anyLoading(ReportLoader<?>... loaders) {
        BooleanBinding any = Bindings.createBooleanBinding(() -> false);
        for (ReportLoader<?> loader : loaders) {
            any = any.or(loader.loadingProperty());
        }
        return any;
    }
}
