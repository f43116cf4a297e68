import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The training run of the class-data-sharing archive (packaging/dist.xml): runs the console's
 * launcher, whose JVM records every class it loads ({@code -XX:DumpLoadedClassList} given in
 * {@code JAVA_TOOL_OPTIONS}, which a jpackage launcher's JVM reads too; written line by line),
 * for a fixed time that covers its start, then stops it (SIGTERM; on Windows the process is
 * ended). A run that ends earlier by itself with an error, or a class list without Gavel's main
 * class, fails the build.
 *
 * <pre>java packaging/cds/ClassListRun.java SECONDS CLASS_LIST LOG COMMAND...</pre>
 */
public final class ClassListRun {

    private static final String MAIN_CLASS = "dev/gavel/Gavel";

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 4) {
            System.err.println("usage: ClassListRun SECONDS CLASS_LIST LOG COMMAND...");
            System.exit(2);
        }
        long seconds = Long.parseLong(args[0]);
        Path classList = Path.of(args[1]);
        Path log = Path.of(args[2]);
        List<String> command = Arrays.asList(args).subList(3, args.length);

        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + classList.toAbsolutePath());
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (process.waitFor(seconds, TimeUnit.SECONDS)) {
            if (process.exitValue() != 0) {
                fail("The training run ended by itself with exit code " + process.exitValue()
                        + " before " + seconds + " s; its output is in " + log + ":\n" + Files.readString(log));
            }
        } else {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        List<String> classes = Files.exists(classList) ? Files.readAllLines(classList) : List.of();
        if (classes.stream().noneMatch(line -> line.startsWith(MAIN_CLASS + " ") || line.equals(MAIN_CLASS))) {
            fail(classList + " does not list " + MAIN_CLASS + ": the training run did not start Gavel. Its output is in "
                    + log + ":\n" + Files.readString(log));
        }
        long javafx = classes.stream().filter(line -> line.startsWith("javafx/") || line.startsWith("com/sun/javafx/")).count();
        System.out.println("Training run: " + classes.size() + " classes loaded, " + javafx + " of them JavaFX's.");
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
