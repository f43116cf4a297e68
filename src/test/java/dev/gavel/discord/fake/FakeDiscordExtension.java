package dev.gavel.discord.fake;

import java.io.IOException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh {@link FakeDiscord} as a parameter ({@code @ExtendWith(FakeDiscordExtension.class)}
 * and a {@code FakeDiscord fake} parameter). After the test it shuts down the clients the fake
 * knows and the server, then fails the test if JDA logged an unexpected ERROR (declare expected ones
 * with {@code fake.jdaLogs().expect(...)}), the fake itself failed, or a REST call hit no route.
 */
public final class FakeDiscordExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeDiscordExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        context.getStore(NAMESPACE).put(FakeDiscord.class, FakeDiscord.start());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        FakeDiscord fake = context.getStore(NAMESPACE).remove(FakeDiscord.class, FakeDiscord.class);
        if (fake != null) {
            fake.close();
            fake.verifyNoSurprises();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FakeDiscord.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(FakeDiscord.class, FakeDiscord.class);
    }
}
