package dev.gavel.discord;

import dev.gavel.core.UserFacingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import net.dv8tion.jda.api.requests.RestConfig;

/**
 * Where the Discord client connects: the REST base URL (ending in {@code /api/v10/}) and the
 * gateway's WebSocket URL. Production uses Discord's own; tests point both at a fake Discord on
 * 127.0.0.1 through {@value #API_VARIABLE} and {@value #GATEWAY_VARIABLE}.
 */
public record DiscordEndpoints(URI restBaseUrl, URI gatewayUrl) {

    public static final String API_VARIABLE = "GAVEL_DISCORD_API";
    public static final String GATEWAY_VARIABLE = "GAVEL_DISCORD_GATEWAY";

    private static final String API_PATH_SUFFIX = "/api/v10/";
    private static final URI DISCORD_GATEWAY = URI.create("wss://gateway.discord.gg/");

    public DiscordEndpoints {
        if (restBaseUrl == null || gatewayUrl == null) {
            throw new IllegalArgumentException("both endpoints are required");
        }
    }

    /** Discord's own endpoints. */
    public static DiscordEndpoints discord() {
        return new DiscordEndpoints(URI.create(RestConfig.DEFAULT_BASE_URL), DISCORD_GATEWAY);
    }

    /**
     * Reads the overrides from the given environment (pass {@code System.getenv()}): both variables
     * or neither; without them, Discord's own endpoints.
     *
     * @throws UserFacingException when only one is set or one is not a usable URL
     */
    public static DiscordEndpoints fromEnvironment(Map<String, String> environment) {
        String api = blankToNull(environment.get(API_VARIABLE));
        String gateway = blankToNull(environment.get(GATEWAY_VARIABLE));
        if (api == null && gateway == null) {
            return discord();
        }
        if (api == null || gateway == null) {
            throw new UserFacingException("Set both " + API_VARIABLE + " and " + GATEWAY_VARIABLE
                    + " to point Gavel at another Discord server, or neither to use Discord itself.");
        }
        return new DiscordEndpoints(parseRestBaseUrl(api), parseGatewayUrl(gateway));
    }

    /** True for Discord's own endpoints, which the client then uses without any override. */
    public boolean isDiscord() {
        return equals(discord());
    }

    private static URI parseRestBaseUrl(String value) {
        URI uri = parse(API_VARIABLE, value, "http://127.0.0.1:8080/api/v10/");
        String scheme = lower(uri.getScheme());
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                || !(path + (path.endsWith("/") ? "" : "/")).endsWith(API_PATH_SUFFIX)) {
            throw invalid(API_VARIABLE, value, "an http:// or https:// URL ending in " + API_PATH_SUFFIX,
                    "http://127.0.0.1:8080/api/v10/");
        }
        return path.endsWith("/") ? uri : URI.create(uri + "/");
    }

    private static URI parseGatewayUrl(String value) {
        URI uri = parse(GATEWAY_VARIABLE, value, "ws://127.0.0.1:8080/gateway");
        String scheme = lower(uri.getScheme());
        if (!scheme.equals("ws") && !scheme.equals("wss") || uri.getHost() == null) {
            throw invalid(GATEWAY_VARIABLE, value, "a ws:// or wss:// URL", "ws://127.0.0.1:8080/gateway");
        }
        return uri;
    }

    private static URI parse(String variable, String value, String example) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(variable, value, "a URL", example);
        }
    }

    private static UserFacingException invalid(String variable, String value, String expected, String example) {
        return new UserFacingException(variable + " must be " + expected + " (for example " + example
                + "), but it is \"" + value + "\".");
    }

    private static String lower(String scheme) {
        return scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
