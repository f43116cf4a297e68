-- The tables of the original bot's database (shared/seed), with their names and columns kept
-- exactly, so that SQL written against that database runs unchanged on a Gavel store.
-- Gavel tightens them where the original was loose: every primary key is NOT NULL, ids are TEXT,
-- and time defaults produce ISO-8601 UTC text instead of the literal 'CURRENT_TIMESTAMP'.

CREATE TABLE users (
    id           TEXT NOT NULL PRIMARY KEY,
    email        TEXT,
    externalId   TEXT NOT NULL,
    authProvider TEXT DEFAULT 'discord'
);

CREATE TABLE sessions (
    id      TEXT NOT NULL PRIMARY KEY,
    data    TEXT,
    expires TEXT
);

CREATE TABLE guilds (
    id       TEXT NOT NULL PRIMARY KEY,
    settings TEXT
);

CREATE TABLE message_stats (
    message_id       TEXT NOT NULL PRIMARY KEY,
    author_id        TEXT NOT NULL,
    guild_id         TEXT NOT NULL,
    channel_id       TEXT NOT NULL,
    channel_category TEXT,
    recipient_id     TEXT,
    char_count       INTEGER NOT NULL,
    word_count       INTEGER NOT NULL,
    react_count      INTEGER NOT NULL DEFAULT 0 CHECK (react_count >= 0),
    sent_at          INTEGER NOT NULL,
    code_stats       TEXT NOT NULL DEFAULT '[]',
    link_stats       TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX message_stats_guild_time ON message_stats (guild_id, sent_at);
CREATE INDEX message_stats_guild_author_time ON message_stats (guild_id, author_id, sent_at);
CREATE INDEX message_stats_guild_channel_time ON message_stats (guild_id, channel_id, sent_at);

CREATE TABLE channel_info (
    id       TEXT NOT NULL PRIMARY KEY,
    name     TEXT,
    category TEXT
);

CREATE TABLE tickets_config (
    message_id TEXT NOT NULL PRIMARY KEY,
    channel_id TEXT,
    role_id    TEXT NOT NULL
);

CREATE TABLE guild_subscriptions (
    guild_id               TEXT NOT NULL PRIMARY KEY,
    stripe_customer_id     TEXT,
    stripe_subscription_id TEXT,
    product_tier           TEXT NOT NULL DEFAULT 'free',
    status                 TEXT NOT NULL DEFAULT 'active',
    current_period_end     TEXT,
    created_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- One moderation thread per member and guild. The original had no updated_at; Gavel records when
-- a deleted thread was replaced.
CREATE TABLE user_threads (
    user_id    TEXT NOT NULL,
    guild_id   TEXT NOT NULL,
    thread_id  TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (user_id, guild_id)
);

CREATE TABLE reported_messages (
    id                  TEXT NOT NULL PRIMARY KEY,
    reported_message_id TEXT NOT NULL,
    reported_channel_id TEXT NOT NULL,
    reported_user_id    TEXT NOT NULL,
    guild_id            TEXT NOT NULL,
    log_message_id      TEXT NOT NULL,
    log_channel_id      TEXT NOT NULL,
    reason              TEXT NOT NULL CHECK (reason IN ('anonReport', 'track', 'spam')),
    staff_id            TEXT,
    staff_username      TEXT,
    extra               TEXT,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    deleted_at          TEXT,
    UNIQUE (reported_message_id, reason, guild_id)
);
CREATE INDEX reported_messages_user_guild ON reported_messages (reported_user_id, guild_id);

CREATE TABLE mod_actions (
    id                TEXT NOT NULL PRIMARY KEY,
    user_id           TEXT NOT NULL,
    guild_id          TEXT NOT NULL,
    action_type       TEXT NOT NULL CHECK (action_type IN ('ban', 'unban', 'kick', 'timeout', 'timeout_removed')),
    executor_id       TEXT,
    executor_username TEXT,
    reason            TEXT,
    duration          TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX mod_actions_user_guild ON mod_actions (user_id, guild_id);
