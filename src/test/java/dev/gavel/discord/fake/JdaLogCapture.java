package dev.gavel.discord.fake;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Collects what JDA logs during a test. JDA reports a payload it cannot parse, or a failure on one
 * of its threads, only in its log; so an ERROR, or a WARN carrying an exception, fails the test
 * unless the test declared it with {@link #expect(String)}.
 */
public final class JdaLogCapture extends AppenderBase<ILoggingEvent> {

    private static final String JDA_LOGGER = "net.dv8tion";

    private final List<ILoggingEvent> problems = new CopyOnWriteArrayList<>();
    private final List<String> expected = new CopyOnWriteArrayList<>();
    private final Logger jdaLogger;

    JdaLogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        setContext(context);
        setName("fake-discord-jda-capture");
        jdaLogger = context.getLogger(JDA_LOGGER);
    }

    void attach() {
        start();
        jdaLogger.addAppender(this);
    }

    void detach() {
        jdaLogger.detachAppender(this);
        stop();
    }

    /**
     * Declares that JDA will log a problem whose message (or exception) contains {@code fragment},
     * e.g. {@code "cannot be recovered due to identification issues"} for a 4004 close.
     */
    public JdaLogCapture expect(String fragment) {
        expected.add(fragment);
        return this;
    }

    /** JDA's ERRORs and WARNs with an exception that no {@link #expect(String)} covers. */
    public List<String> unexpected() {
        return problems.stream().filter(event -> !isExpected(event)).map(JdaLogCapture::describe).toList();
    }

    /** Every ERROR and WARN-with-exception JDA logged, expected or not. */
    public List<String> all() {
        return problems.stream().map(JdaLogCapture::describe).toList();
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)
                || event.getLevel() == Level.WARN && event.getThrowableProxy() != null) {
            problems.add(event);
        }
    }

    private boolean isExpected(ILoggingEvent event) {
        String text = describe(event);
        return expected.stream().anyMatch(text::contains);
    }

    private static String describe(ILoggingEvent event) {
        StringBuilder text = new StringBuilder()
                .append(event.getLevel()).append(' ').append(event.getLoggerName()).append(": ")
                .append(event.getFormattedMessage());
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            text.append(" / ").append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
