package dev.gavel.app.stats;

import dev.gavel.app.shell.GuildScope;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.core.stats.CodeLanguage;
import dev.gavel.core.stats.CohortReport;
import dev.gavel.core.stats.ReportTable;
import dev.gavel.core.stats.ReportTables;
import dev.gavel.core.stats.StatsRequest;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

/** Cohort benchmarks (METRICS.md §2.4): how each metric is spread over the active members, and code by language. */
public final class CohortViewModel extends ReportTab {

    private final ReportLoader<CohortReport> cohort;
    private final BooleanBinding loading;
    private final StringBinding error;

    CohortViewModel(UiExecutor ui) {
        cohort = new ReportLoader<>(ui, "The cohort benchmarks");
        loading = anyLoading(cohort);
        error = firstError(cohort);
    }

    public ReadOnlyObjectProperty<CohortReport> reportProperty() {
        return cohort.resultProperty();
    }

    public CohortReport report() {
        return cohort.result();
    }

    /** Who is in the cohort, in a sentence; the channel filter does not apply to it. */
    public static String description(CohortReport report) {
        if (report.authors().isEmpty()) {
            return "No member has at least " + report.minMessages() + " messages in the range, so there is no cohort to describe.";
        }
        return "The cohort: " + report.authors().size() + (report.authors().size() == 1 ? " member" : " members")
                + " with at least " + report.minMessages() + " messages in the range, counted in every channel "
                + "(the channel filter does not apply to benchmarks).";
    }

    public static ReportTable distributionsTable(CohortReport report) {
        return ReportTables.cohortDistributions(report);
    }

    public static ReportTable authorsTable(CohortReport report) {
        return ReportTables.cohortAuthors(report);
    }

    public static ReportTable codeTable(CohortReport report) {
        return ReportTables.codeLanguages("Code by language", report.codeLanguages());
    }

    /** The label of a language's bar: "js", "(no language)" for fenced blocks without one, "inline code". */
    public static String languageLabel(CodeLanguage language) {
        if (CodeLanguage.INLINE.equals(language.kind())) {
            return "inline code";
        }
        return language.lang().isEmpty() ? "(no language)" : language.lang();
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
        cohort.load(progress -> scope.statistics().cohort(request, null));
    }

    @Override
    protected void reload(GuildScope scope, StatsRequest request) {
        cohort.reload(progress -> scope.statistics().cohort(request, null));
    }

    @Override
    protected void cancelLoads() {
        cohort.cancel();
    }

    @Override
    protected void clear() {
        cohort.clear();
    }
}
