package dev.gavel.discord.fake;

/** Discord's permission bits that Gavel's features depend on, for scripting roles. */
public final class Permissions {

    public static final long KICK_MEMBERS = 1L << 1;
    public static final long BAN_MEMBERS = 1L << 2;
    public static final long ADMINISTRATOR = 1L << 3;
    public static final long MANAGE_CHANNELS = 1L << 4;
    public static final long MANAGE_GUILD = 1L << 5;
    public static final long ADD_REACTIONS = 1L << 6;
    public static final long VIEW_AUDIT_LOG = 1L << 7;
    public static final long VIEW_CHANNEL = 1L << 10;
    public static final long SEND_MESSAGES = 1L << 11;
    public static final long MANAGE_MESSAGES = 1L << 13;
    public static final long EMBED_LINKS = 1L << 14;
    public static final long ATTACH_FILES = 1L << 15;
    public static final long READ_MESSAGE_HISTORY = 1L << 16;
    public static final long MENTION_EVERYONE = 1L << 17;
    public static final long USE_APPLICATION_COMMANDS = 1L << 31;
    public static final long MANAGE_THREADS = 1L << 34;
    public static final long CREATE_PUBLIC_THREADS = 1L << 35;
    public static final long CREATE_PRIVATE_THREADS = 1L << 36;
    public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;
    public static final long MODERATE_MEMBERS = 1L << 40;

    /** What @everyone may do in a fresh server. */
    public static final long EVERYONE_DEFAULT = VIEW_CHANNEL | SEND_MESSAGES | ADD_REACTIONS | EMBED_LINKS
            | ATTACH_FILES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS | CREATE_PUBLIC_THREADS
            | SEND_MESSAGES_IN_THREADS;

    /** What Gavel's bot role is given by default: everything its features need. */
    public static final long GAVEL_BOT = EVERYONE_DEFAULT | MANAGE_MESSAGES | MANAGE_THREADS
            | CREATE_PRIVATE_THREADS | VIEW_AUDIT_LOG;

    private Permissions() {
    }
}
