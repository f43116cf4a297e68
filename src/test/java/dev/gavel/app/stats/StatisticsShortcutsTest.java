package dev.gavel.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.gavel.app.shell.KeyboardShortcut;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatisticsShortcutsTest {

    @Test
    @DisplayName("every tab, preset and range command has its own keys, listed once with what it does; the page's key is not among them")
    void distinctAndComplete() {
        List<KeyboardShortcut> all = StatisticsShortcuts.all();
        List<KeyCombination> keys = all.stream().map(KeyboardShortcut::keys).toList();
        assertThat(keys).doesNotHaveDuplicates().doesNotContain(StatisticsShortcuts.PAGE)
                .contains(StatisticsShortcuts.BACK, StatisticsShortcuts.FORWARD, StatisticsShortcuts.REFRESH, StatisticsShortcuts.FIND);
        for (StatisticsTab tab : StatisticsTab.values()) {
            assertThat(keys).contains(tab.shortcut());
        }
        for (RangePreset preset : RangePreset.values()) {
            assertThat(keys).contains(StatisticsShortcuts.preset(preset));
        }
        assertThat(all).allSatisfy(shortcut -> assertThat(shortcut.action()).startsWith("Statistics: "));
        assertThat(StatisticsShortcuts.preset(RangePreset.LAST_7_DAYS).getName()).isEqualTo("Alt+1");
        assertThat(StatisticsShortcuts.BACK.getName()).isEqualTo("Alt+Left");
        assertThat(StatisticsTab.TOP.shortcut().getName()).isEqualTo("Shift+Shortcut+2");
        assertThat(StatisticsShortcuts.PAGE.getName()).isEqualTo("Shortcut+1");
    }
}
