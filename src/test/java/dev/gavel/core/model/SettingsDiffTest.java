package dev.gavel.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.gavel.core.model.SettingsDiff.Change;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettingsDiffTest {

    @Test
    @DisplayName("a changed, an added and a removed key show with their values; unchanged keys do not")
    void changedAddedRemoved() {
        List<Change> changes = SettingsDiff.between(
                "{\"modLog\":\"1\",\"moderator\":\"2\",\"restricted\":\"3\"}",
                "{\"modLog\":\"9\",\"moderator\":\"2\",\"deletionLog\":\"4\"}");
        assertThat(changes).containsExactly(
                new Change("modLog", List.of("1"), List.of("9")),
                new Change("deletionLog", List.of(), List.of("4")),
                new Change("restricted", List.of("3"), List.of()));
    }

    @Test
    @DisplayName("nested thresholds compare by dotted key, lists by their items, numbers as text")
    void nestedAndLists() {
        List<Change> changes = SettingsDiff.between(
                "{\"thresholds\":{\"topLimit\":100,\"topMinWords\":2200},\"statsChannels\":[\"5\"]}",
                "{\"thresholds\":{\"topLimit\":50,\"topMinWords\":2200},\"statsChannels\":[\"5\",\"6\"]}");
        assertThat(changes).containsExactly(
                new Change("thresholds.topLimit", List.of("100"), List.of("50")),
                new Change("statsChannels", List.of("5"), List.of("5", "6")));
    }

    @Test
    @DisplayName("the first settings (nothing before) list every key as added")
    void firstSettings() {
        assertThat(SettingsDiff.between(null, "{\"modLog\":\"1\",\"timeZone\":\"UTC\"}")).containsExactly(
                new Change("modLog", List.of(), List.of("1")),
                new Change("timeZone", List.of(), List.of("UTC")));
    }

    @Test
    @DisplayName("a malformed text is compared whole, so its repair shows")
    void malformed() {
        List<Change> changes = SettingsDiff.between("{modLog: 1", "{\"modLog\":\"1\"}");
        assertThat(changes).containsExactly(
                new Change("modLog", List.of(), List.of("1")),
                new Change(SettingsDiff.AS_STORED, List.of("{modLog: 1"), List.of()));
    }

    @Test
    @DisplayName("the same settings written differently show no change")
    void noChange() {
        assertThat(SettingsDiff.between("{\"a\":1,\"b\":[\"x\"]}", "{ \"b\": [\"x\"], \"a\": 1 }")).isEmpty();
    }
}
