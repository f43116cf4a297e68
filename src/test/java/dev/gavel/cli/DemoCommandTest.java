package dev.gavel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.gavel.core.AppPaths;
import dev.gavel.store.Store;
import dev.gavel.store.StoreProbe;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoCommandTest {

    private static final String SMALL = "--days=14 --members=30 --messages=1500";

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        AppPaths paths = new AppPaths(dir.resolve("data"), dir.resolve("config"), dir.resolve("logs"));
        return GavelCommand.run(paths, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String[] args(String db, String options) {
        return Stream.concat(Stream.of("demo", "--db", db), Stream.of(options.split(" "))).toArray(String[]::new);
    }

    @Test
    @DisplayName("gavel demo makes a store and says what is in it and how to look at it")
    void makesStore() throws Exception {
        Path file = dir.resolve("demo.db");
        int exit = run(args(file.toString(), SMALL + " --seed=5"));
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Made a demo store: " + file.toAbsolutePath())
                .contains("Messages: 1,500 by")
                .contains("Timeline: 2025-06-17 to 2025-06-30")
                .contains("gavel stats --db " + file + " --guild ")
                .contains("--report top");
        try (Store store = Store.open(file)) {
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats")).isEqualTo(1_500);
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM members WHERE is_bot = 0")).isEqualTo(30);
        }
    }

    @Test
    @DisplayName("an existing file is refused with one line, exit 1, and left untouched; --force replaces it")
    void refusesThenForces() throws Exception {
        Path file = dir.resolve("precious.db");
        Files.writeString(file, "my notes");
        int refused = run(args(file.toString(), SMALL));
        assertThat(refused).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("already exists").contains("--force");
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("my notes");

        int forced = run(args(file.toString(), SMALL + " --force"));
        assertThat(forced).as(err.toString()).isZero();
        try (Store store = Store.open(file)) {
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats")).isEqualTo(1_500);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains("precious")))
                    .containsExactly("precious.db");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--members=5", "--members=300000", "--days=3", "--messages=-1", "--messages=60000000",
        "--end=yesterday", "--end=2015-01-01", "--seed=abc", "--color=blue"})
    @DisplayName("bad options are a usage error: exit 2, one line on stderr, no file")
    void badOptions(String option) {
        Path file = dir.resolve("never.db");
        int exit = run("demo", "--db", file.toString(), option);
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).isNotEmpty().doesNotContain("\n").startsWith("gavel demo:");
        assertThat(file).doesNotExist();
    }

    @Test
    @DisplayName("--db is required")
    void dbRequired() {
        assertThat(run("demo")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("--db");
    }

    @Test
    @DisplayName("--help explains the options and the fixed timeline")
    void help() {
        assertThat(run("demo", "--help")).isZero();
        assertThat(out.toString()).contains("--seed", "--days", "--members", "--messages", "--end", "--force", "2025-06-30");
    }
}
