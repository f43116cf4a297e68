package dev.gavel.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gavel.app.task.DirectUiExecutor;
import dev.gavel.core.UserFacingException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReportLoaderTest {

    private final StepUiExecutor ui = new StepUiExecutor();
    private final ReportLoader<String> loader = new ReportLoader<>(ui, "The report");

    @Test
    @DisplayName("the latest load wins: the one before is cancelled and its late result ignored")
    void latestWins() {
        loader.load(progress -> "first range");
        loader.load(progress -> "second range");
        assertThat(ui.cancelled()).hasSize(1);
        assertThat(loader.loadingProperty().get()).isTrue();

        ui.runNext();
        assertThat(loader.result()).isNull();
        assertThat(loader.loadingProperty().get()).isTrue();
        ui.runNext();
        assertThat(loader.result()).isEqualTo("second range");
        assertThat(loader.loadingProperty().get()).isFalse();
    }

    @Test
    @DisplayName("reloads while a load runs wait, and only the latest runs, once")
    void reloadsDoNotPileUp() {
        loader.load(progress -> "loaded");
        loader.reload(progress -> "refresh 1");
        loader.reload(progress -> "refresh 2");
        loader.reload(progress -> "refresh 3");
        assertThat(ui.waiting()).hasSize(1);
        assertThat(ui.cancelled()).isEmpty();

        ui.runNext();
        assertThat(loader.result()).isEqualTo("loaded");
        assertThat(ui.waiting()).hasSize(1);
        ui.runNext();
        assertThat(loader.result()).isEqualTo("refresh 3");
        assertThat(ui.submitted()).hasSize(2);
        assertThat(loader.loadingProperty().get()).isFalse();
    }

    @Test
    @DisplayName("a load replaces a waiting reload")
    void loadDropsWaitingReload() {
        loader.load(progress -> "a");
        loader.reload(progress -> "refresh");
        loader.load(progress -> "b");
        ui.runAll();
        assertThat(loader.result()).isEqualTo("b");
        assertThat(ui.submitted()).hasSize(2);
    }

    @Test
    @DisplayName("a failure becomes a sentence and keeps the last result; a user-facing message is kept as it is")
    void failures() {
        ReportLoader<String> direct = new ReportLoader<>(new DirectUiExecutor(), "The overview");
        direct.load(progress -> "ok");
        direct.load(progress -> {
            throw new IllegalStateException("disk on fire");
        });
        assertThat(direct.result()).isEqualTo("ok");
        assertThat(direct.errorProperty().get())
                .isEqualTo("The overview could not be read (IllegalStateException: disk on fire). The log has the details.");
        direct.load(progress -> {
            throw new UserFacingException("The saved settings cannot be read.");
        });
        assertThat(direct.errorProperty().get()).isEqualTo("The saved settings cannot be read.");
        direct.load(progress -> "again");
        assertThat(direct.errorProperty().get()).isNull();
        assertThat(direct.loadingProperty().get()).isFalse();
    }

    @Test
    @DisplayName("cancel stops loading and ignores the result; clear forgets the last result too")
    void cancelAndClear() {
        loader.load(progress -> "old");
        ui.runAll();
        loader.load(progress -> "new");
        loader.cancel();
        assertThat(loader.loadingProperty().get()).isFalse();
        ui.runNext();
        assertThat(loader.result()).isEqualTo("old");
        loader.clear();
        assertThat(loader.result()).isNull();
    }
}
