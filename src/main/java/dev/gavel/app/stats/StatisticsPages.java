package dev.gavel.app.stats;

import java.time.Clock;
import java.util.List;

import dev.gavel.app.shell.Page;
import dev.gavel.app.task.UiExecutor;

/**
 * The statistics pages for the shell's navigation. There is one: statistics, with its tabs
 * (overview, top participants, member, cohort benchmarks) sharing one range and filter, so that a
 * moderator who picks "last quarter" sees it on every tab and opens a member from the top table
 * without losing it. Its shortcut is {@link StatisticsShortcuts#PAGE}; every shortcut is listed by
 * {@link StatisticsShortcuts#all()}.
 */
public final class StatisticsPages {

    private StatisticsPages() {
    }

    /**
     * Builds the pages, in navigation order. Call on the JavaFX thread.
     *
     * @param ui    runs the statistics' queries off the JavaFX thread
     * @param clock today's date (in each guild's zone) and live refreshes
     * @param files asks where to save exports ({@link FileSaver#withFileChooser()} in the console)
     */
    public static List<Page> create(UiExecutor ui, Clock clock, FileSaver files) {
        return List.of(statistics(ui, clock, files));
    }

    /** The statistics page alone, e.g. to mount it on a demo store for a screenshot. */
    public static StatisticsPage statistics(UiExecutor ui, Clock clock, FileSaver files) {
        StatisticsViewModel model = new StatisticsViewModel(ui, clock, new FxScheduler());
        return new StatisticsPage(model, new Exporter(ui, files), StatisticsShortcuts.PAGE);
    }
}
