package dev.gavel.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.gavel.core.UserFacingException;
import dev.gavel.core.metrics.MessageMetrics;
import dev.gavel.core.metrics.MessageMetricsCalculator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gavel metrics}: measures message texts read from stdin, one JSON string per line. */
@Command(name = "metrics",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 120,
        header = "Measures message texts (JSON lines on stdin) as the recorder does.",
        description = {
            "Counts words, characters, code blocks and links exactly as the recorder does, which is how the original bot "
                    + "counts them, so that Gavel's numbers can be compared with a database the original bot recorded.",
            "",
            "Reads standard input, UTF-8: one message per line, written as a JSON string literal. Writes one JSON object "
                    + "per line to standard output, in the same order:",
            "  {\"word_count\":W,\"char_count\":C,\"code_stats\":[...],\"link_stats\":[...]}",
            "code_stats and link_stats are the arrays the store keeps in message_stats. A blank input line gives a blank "
                    + "output line, so output line N always answers input line N.",
            "",
            "A line that is not a JSON string stops the command with exit code 1 and a message naming the line; the "
                    + "answers to the lines before it have been written."},
        footer = {
            "",
            "Example:",
            "  $ printf '%%s\\n' '\"hello world\"' '\"see `npm i` at https://a.com/x\"' | gavel metrics",
            "  {\"word_count\":2,\"char_count\":11,\"code_stats\":[],\"link_stats\":[]}",
            "  {\"word_count\":2,\"char_count\":8,\"code_stats\":[{\"chars\":5,\"words\":2,\"lines\":1}],"
                    + "\"link_stats\":[\"https://a.com/x\"]}"})
final class MetricsCommand implements Callable<Integer> {

    private static final String HOW_TO = "Give each message as one JSON string literal per line, like \"hello world\".";

    @Spec
    private CommandSpec spec;

    private final InputStream in;
    private final MessageMetricsCalculator calculator;
    private final JsonFactory json = new JsonFactory();

    MetricsCommand(InputStream in, MessageMetricsCalculator calculator) {
        this.in = in;
        this.calculator = calculator;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Utf8Lines lines = new Utf8Lines(in);
        int lineNumber = 0;
        try {
            for (String line = lines.next(); line != null; line = lines.next()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    out.write(resultLine(calculator.measure(message(line, lineNumber))));
                }
                out.write('\n');
                // Flushed whenever the input waits for more: interactive use sees each answer at once.
                if (!lines.hasBuffered()) {
                    out.flush();
                }
            }
        } catch (CharacterCodingException e) {
            throw new UserFacingException("Line " + (lineNumber + 1) + " of the standard input is not UTF-8 text. "
                    + "Save the input as UTF-8 and try again.", e);
        } catch (IOException e) {
            throw new UserFacingException("Could not read the standard input after line " + lineNumber + ": "
                    + e.getMessage(), e);
        } finally {
            out.flush();
        }
        return 0;
    }

    private String message(String line, int lineNumber) {
        try (JsonParser parser = json.createParser(line)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.VALUE_STRING) {
                throw notAString(lineNumber, "it holds " + describe(token));
            }
            String message = parser.getText();
            if (parser.nextToken() != null) {
                throw notAString(lineNumber, "something follows the string");
            }
            return message;
        } catch (JsonProcessingException e) {
            throw notAString(lineNumber, oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw notAString(lineNumber, oneLine(e.getMessage()));
        }
    }

    private static UserFacingException notAString(int lineNumber, String reason) {
        return new UserFacingException("Line " + lineNumber + " is not a JSON string (" + reason + "). " + HOW_TO);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String resultLine(MessageMetrics metrics) {
        return "{\"word_count\":" + metrics.wordCount()
                + ",\"char_count\":" + metrics.charCount()
                + ",\"code_stats\":" + metrics.codeStatsJson()
                + ",\"link_stats\":" + metrics.linkStatsJson() + '}';
    }

    /**
     * Lines of UTF-8 text ending in LF (a CR before it is dropped), each decoded on its own so that
     * bytes that are not UTF-8 are reported with their line.
     */
    private static final class Utf8Lines {
        private final BufferedInputStream bytes;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Utf8Lines(InputStream in) {
            this.bytes = new BufferedInputStream(in);
        }

        /** The next line, or null at the end of the input. */
        String next() throws IOException {
            line.reset();
            int b = bytes.read();
            if (b < 0) {
                return null;
            }
            while (b >= 0 && b != '\n') {
                line.write(b);
                b = bytes.read();
            }
            byte[] raw = line.toByteArray();
            int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw, 0, length)).toString();
        }

        boolean hasBuffered() throws IOException {
            return bytes.available() > 0;
        }
    }
}
