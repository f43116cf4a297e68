package dev.gavel.discord;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.Set;
import javax.net.ssl.SSLException;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The one place that builds a {@link JDA}: Gavel's gateway intents and caches, and the endpoint
 * overrides that let tests point the client at a fake Discord.
 *
 * <p>How JDA 6.5 reports a failed login, which {@link LoginFailure} sorts out:
 * <ul>
 *   <li>{@code build()} checks the token with {@code GET /users/@me} on the calling thread: a 401
 *       throws {@code InvalidTokenException}; a network error (retried once) or a 5xx (retried four
 *       times, about 7.5 s) throws {@code ErrorResponseException}, whose response carries the
 *       IOException or the status.</li>
 *   <li>The gateway then connects on JDA's own thread. Close codes 4004 and 4014 are only logged
 *       (ERROR) and end in a {@code ShutdownEvent} with the code; {@code awaitReady()} would throw a
 *       bare IllegalStateException. A gateway that cannot be reached is retried every 5 s forever,
 *       so only a bounded wait ends it.</li>
 * </ul>
 */
public final class JdaFactory {

    /**
     * The gateway intents Gavel asks for besides GUILDS, which JDA always sends (bit 0 of every
     * IDENTIFY). MESSAGE_CONTENT and GUILD_MEMBERS are privileged.
     */
    public static final Set<GatewayIntent> INTENTS = Set.copyOf(EnumSet.of(
            GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.MESSAGE_CONTENT,
            GatewayIntent.GUILD_MESSAGE_REACTIONS,
            GatewayIntent.GUILD_MEMBERS,
            GatewayIntent.GUILD_MODERATION));

    private final DiscordEndpoints endpoints;

    public JdaFactory(DiscordEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /**
     * Checks the token with Discord and starts connecting to the gateway. Blocks the calling thread
     * for the token check (one REST call, bounded by the HTTP client's timeouts), so never call it on
     * a JDA thread; the returned {@link JdaLogin} tells when the gateway session is ready.
     *
     * @param listeners JDA event listeners, registered before the first event
     * @throws LoginFailure when the token is rejected or Discord cannot be reached
     */
    public JdaLogin login(String token, Object... listeners) {
        String cleanToken = token == null ? "" : token.strip();
        if (cleanToken.isEmpty() || cleanToken.chars().anyMatch(Character::isWhitespace)) {
            throw LoginFailure.malformedToken();
        }
        LoginReadiness readiness = new LoginReadiness();
        JDABuilder builder = JDABuilder.create(cleanToken, INTENTS)
                .disableCache(cacheFlagsWithoutTheirIntent())
                // Keep every member JDA learns of (GUILD_CREATE, events, messages) so names resolve.
                // No chunking at login: downloading a 100k-member guild would hold READY back for
                // minutes; the runtime calls Guild.loadMembers() after READY to learn the rest.
                .setMemberCachePolicy(MemberCachePolicy.ALL)
                .setChunkingFilter(ChunkingFilter.NONE)
                // One MessageBulkDeleteEvent for a bulk delete, recorded as such, not one event per message.
                .setBulkDeleteSplittingEnabled(false)
                // The composition root shuts the client down in order with the store.
                .setEnableShutdownHook(false)
                .addEventListeners(readiness)
                .addEventListeners(listeners);
        if (!endpoints.isDiscord()) {
            builder.setRestConfig(new RestConfig().setBaseUrl(endpoints.restBaseUrl().toString()))
                    .setSessionController(new FixedGatewaySessionController(endpoints.gatewayUrl().toString()))
                    .setCompression(Compression.NONE)
                    .setGatewayEncoding(GatewayEncoding.JSON);
        }
        try {
            return new JdaLogin(builder.build(), readiness, endpoints.gatewayUrl().getHost());
        } catch (InvalidTokenException e) {
            throw LoginFailure.invalidToken(e);
        } catch (ErrorResponseException e) {
            throw classify(e);
        }
    }

    private static Set<CacheFlag> cacheFlagsWithoutTheirIntent() {
        Set<CacheFlag> flags = EnumSet.noneOf(CacheFlag.class);
        for (CacheFlag flag : CacheFlag.values()) {
            if (flag.getRequiredIntent() != null && !INTENTS.contains(flag.getRequiredIntent())) {
                flags.add(flag);
            }
        }
        return flags;
    }

    private LoginFailure classify(ErrorResponseException e) {
        String host = endpoints.restBaseUrl().getHost();
        Exception networkError = e.getResponse().getException();
        if (networkError != null) {
            return LoginFailure.unreachable(host, describe(networkError), e);
        }
        int status = e.getResponse().code;
        if (status == 401) {
            return LoginFailure.invalidToken(e);
        }
        if (status >= 500) {
            return LoginFailure.unavailable(status, e);
        }
        String meaning = e.getResponse().optObject().map(JdaFactory::discordMessage).orElse(e.getMeaning());
        return LoginFailure.refused("HTTP " + status + ", " + meaning, e);
    }

    private static String discordMessage(DataObject body) {
        return body.getString("message", body.toString());
    }

    private static String describe(Exception networkError) {
        if (networkError instanceof UnknownHostException) {
            return "the host name could not be resolved";
        }
        if (networkError instanceof ConnectException) {
            return "the connection was refused";
        }
        if (networkError instanceof NoRouteToHostException) {
            return "there is no route to the host";
        }
        if (networkError instanceof InterruptedIOException) {
            return "no answer in time";
        }
        if (networkError instanceof SSLException) {
            return "the secure connection failed";
        }
        return "network error: " + networkError.getClass().getSimpleName();
    }
}
