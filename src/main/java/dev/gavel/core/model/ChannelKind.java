package dev.gavel.core.model;

/** The kinds of guild channel Gavel knows. */
public enum ChannelKind implements StoredValue {
    CATEGORY("category"),
    TEXT("text"),
    NEWS("news"),
    VOICE("voice"),
    STAGE("stage"),
    FORUM("forum"),
    MEDIA("media"),
    PUBLIC_THREAD("public_thread"),
    PRIVATE_THREAD("private_thread"),
    NEWS_THREAD("news_thread"),
    OTHER("other");

    private final String stored;

    ChannelKind(String stored) {
        this.stored = stored;
    }

    @Override
    public String storedValue() {
        return stored;
    }

    public boolean isThread() {
        return this == PUBLIC_THREAD || this == PRIVATE_THREAD || this == NEWS_THREAD;
    }

    /** Channels whose messages Gavel records (METRICS.md §1.3). */
    public boolean carriesMessages() {
        return this != CATEGORY && this != FORUM && this != MEDIA && this != OTHER;
    }
}
