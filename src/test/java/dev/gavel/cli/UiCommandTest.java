package dev.gavel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiCommandTest {

    @TempDir
    Path home;

    @Test
    @DisplayName("gavel ui --help describes the console and its --db option without opening a window")
    void help() {
        CliRun run = CliRun.of(home, "ui", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--db=FILE").contains("original bot").contains("start screen");
    }

    @Test
    @DisplayName("a mistyped option is bad usage: exit 2 with one line")
    void badUsage() {
        CliRun run = CliRun.of(home, "ui", "--bd", "x.db");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLine()).startsWith("gavel ui:");
    }

    @Test
    @DisplayName("gavel --help lists ui among the commands")
    void listed() {
        CliRun run = CliRun.of(home, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ui").contains("Opens the console");
    }
}
