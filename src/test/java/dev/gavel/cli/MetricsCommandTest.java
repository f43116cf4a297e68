package dev.gavel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.gavel.core.AppPaths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(byte[] stdin, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "metrics";
        System.arraycopy(args, 0, all, 1, args.length);
        return GavelCommand.run(new AppPaths(dir, dir, dir.resolve("logs")), new ByteArrayInputStream(stdin),
                new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    private int run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    @Test
    @DisplayName("every example of METRICS.md §1.2, piped through, gives its numbers as JSON lines")
    void measuresSpecExamples() {
        String stdin = """
                "hello world"
                "Hello, world! How's it going? 👍🏽 🎉"
                "check out this [link](<https://example.com>) now"
                "see <https://a.com/x> and https://b.com/y)"
                "use `npm install` then\\n```js\\nconst x = 42;\\nconsole.log(x);\\n```\\ndone"
                "don't can't e-mail foo_bar 3.14 日本語のテキスト"
                """;

        int exit = run(stdin);

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEqualTo("""
                {"word_count":2,"char_count":11,"code_stats":[],"link_stats":[]}
                {"word_count":5,"char_count":33,"code_stats":[],"link_stats":[]}
                {"word_count":5,"char_count":23,"code_stats":[],"link_stats":["https://example.com"]}
                {"word_count":2,"char_count":12,"code_stats":[],"link_stats":["https://a.com/x","https://b.com/y"]}
                {"word_count":3,"char_count":15,"code_stats":[{"chars":11,"words":2,"lines":1},\
                {"chars":29,"words":5,"lines":2,"lang":"js"}],"link_stats":[]}
                {"word_count":9,"char_count":40,"code_stats":[],"link_stats":[]}
                """);
    }

    @Test
    @DisplayName("JSON escapes in the input are decoded, and strings in the output are escaped as JSON.stringify does")
    void decodesAndEscapes() {
        String stdin = """
                "```a\\"b\\n\\u0001\\n```"
                "https://a.com/x\\u00a0y \\ud83d"
                """;

        int exit = run(stdin);

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("""
                {"word_count":0,"char_count":0,"code_stats":[{"chars":1,"words":0,"lines":1,"lang":"a\\"b"}],"link_stats":[]}
                {"word_count":1,"char_count":4,"code_stats":[],"link_stats":["https://a.com/x"]}
                """);
    }

    @Test
    @DisplayName("a blank line gives a blank line, so output lines stay aligned with input lines")
    void echoesBlankLines() {
        int exit = run("\"a\"\n\n   \n\"b c\"\n");

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("""
                {"word_count":1,"char_count":1,"code_stats":[],"link_stats":[]}


                {"word_count":2,"char_count":3,"code_stats":[],"link_stats":[]}
                """);
    }

    @Test
    @DisplayName("Windows line endings, a byte order mark and a last line without a line break are read")
    void readsWindowsInput() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "\"a\"\r\n\"b\"".getBytes(StandardCharsets.UTF_8);
        byte[] stdin = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, stdin, 0, bom.length);
        System.arraycopy(text, 0, stdin, bom.length, text.length);

        int exit = run(stdin);

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("""
                {"word_count":1,"char_count":1,"code_stats":[],"link_stats":[]}
                {"word_count":1,"char_count":1,"code_stats":[],"link_stats":[]}
                """);
    }

    @Test
    @DisplayName("empty input gives no output and exit 0")
    void emptyInput() {
        int exit = run("");

        assertThat(exit).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    @DisplayName("a number on line 2 stops with exit 1 and one line naming line 2; line 1's answer stays written")
    void stopsAtNumber() {
        int exit = run("\"hello world\"\n42\n\"never measured\"\n");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("{\"word_count\":2,\"char_count\":11,\"code_stats\":[],\"link_stats\":[]}\n");
        assertThat(err.toString()).isEqualTo("gavel metrics: Line 2 is not a JSON string (it holds a number). "
                + "Give each message as one JSON string literal per line, like \"hello world\"."
                + System.lineSeparator());
    }

    @Test
    @DisplayName("unquoted text, an unclosed string, an object or two strings on one line stop with exit 1 naming the line")
    void stopsAtMalformedLines() {
        for (String bad : new String[] {"hello world", "\"unclosed", "{\"content\":\"x\"}", "\"a\" \"b\"", "\"tab\tinside\""}) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);

            int exit = run("\"ok\"\n" + bad + "\n");

            assertThat(exit).as(bad).isEqualTo(1);
            assertThat(out.toString()).as(bad).isEqualTo("{\"word_count\":1,\"char_count\":2,\"code_stats\":[],\"link_stats\":[]}\n");
            assertThat(err.toString()).as(bad).startsWith("gavel metrics: Line 2 is not a JSON string (")
                    .endsWith("like \"hello world\"." + System.lineSeparator());
            assertThat(err.toString().strip()).as(bad).doesNotContain("\n");
        }
    }

    @Test
    @DisplayName("input that is not UTF-8 stops with exit 1 naming the line")
    void stopsAtInvalidUtf8() {
        byte[] stdin = {'"', 'a', '"', '\n', '"', (byte) 0xC3, (byte) 0x28, '"', '\n'};

        int exit = run(stdin);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("gavel metrics: Line 2 of the standard input is not UTF-8 text.");
    }

    @Test
    @DisplayName("--help explains the input and output format with an example")
    void explainsFormat() {
        int exit = run("", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString().replaceAll("\\s+", " "))
                .contains("Usage: gavel metrics")
                .contains("one message per line, written as a JSON string literal")
                .contains("{\"word_count\":W,\"char_count\":C,\"code_stats\":[...],\"link_stats\":[...]}")
                .contains("A blank input line gives a blank output line")
                .contains("printf '%s\\n' '\"hello world\"'")
                .contains("{\"word_count\":2,\"char_count\":11,\"code_stats\":[],\"link_stats\":[]}");
    }

    @Test
    @DisplayName("the example of --help gives what --help says it gives")
    void helpExampleIsTrue() {
        int exit = run("\"hello world\"\n\"see `npm i` at https://a.com/x\"\n");

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("""
                {"word_count":2,"char_count":11,"code_stats":[],"link_stats":[]}
                {"word_count":2,"char_count":8,"code_stats":[{"chars":5,"words":2,"lines":1}],"link_stats":["https://a.com/x"]}
                """);
    }

    @Test
    @DisplayName("an unknown option is a usage error: exit 2")
    void rejectsUnknownOption() {
        int exit = run("", "--frobnicate");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("gavel metrics").contains("--frobnicate");
    }
}
