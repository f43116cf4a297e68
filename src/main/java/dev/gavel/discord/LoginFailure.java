package dev.gavel.discord;

import dev.gavel.core.UserFacingException;

/**
 * Why logging in to Discord failed, told apart so the console and {@code gavel bot} can say what to
 * do. The message is a sentence for the user; it never contains the token.
 */
public final class LoginFailure extends UserFacingException {

    public enum Kind {
        /** HTTP 401 on login or gateway close code 4004. */
        INVALID_TOKEN,
        /** Gateway close code 4014: Message Content or Server Members intent not enabled for the app. */
        PRIVILEGED_INTENTS_DISABLED,
        /** No connection: refused, name not resolved, timed out. */
        DISCORD_UNREACHABLE,
        /** Discord answered with a server error (5xx). */
        DISCORD_UNAVAILABLE,
        /** Discord refused the login for another reason, named in the message. */
        REFUSED
    }

    private final Kind kind;

    private LoginFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static LoginFailure invalidToken(Throwable cause) {
        return new LoginFailure(Kind.INVALID_TOKEN, "Discord rejected the bot token. Copy it again from the Bot"
                + " page of your application in the Discord developer portal"
                + " (https://discord.com/developers/applications) and paste it without spaces.", cause);
    }

    static LoginFailure malformedToken() {
        return new LoginFailure(Kind.INVALID_TOKEN, "The bot token is empty or contains spaces. Copy it again"
                + " from the Bot page of your application in the Discord developer portal and paste it alone.",
                null);
    }

    static LoginFailure privilegedIntentsDisabled() {
        return new LoginFailure(Kind.PRIVILEGED_INTENTS_DISABLED, "Discord refused the connection because the"
                + " bot's privileged intents are not enabled. In the Discord developer portal, open your"
                + " application's Bot page, turn on \"Message Content Intent\" and \"Server Members Intent\","
                + " save, and connect again.", null);
    }

    static LoginFailure unreachable(String host, String reason, Throwable cause) {
        return new LoginFailure(Kind.DISCORD_UNREACHABLE, "Could not reach Discord at " + host + " (" + reason
                + "). Check the network connection, proxy or firewall, then try again.", cause);
    }

    static LoginFailure unavailable(int httpStatus, Throwable cause) {
        return new LoginFailure(Kind.DISCORD_UNAVAILABLE, "Discord is not available right now (HTTP " + httpStatus
                + "). Check https://discordstatus.com and try again later.", cause);
    }

    static LoginFailure refused(String reason, Throwable cause) {
        return new LoginFailure(Kind.REFUSED, "Discord refused the login: " + reason + ".", cause);
    }
}
