-- Coarser rollups, so that the statistics stay fast on stores of millions of messages (PRODUCT.md,
-- performance; measured on 10M messages): totals over whole UTC days of channels and code
-- languages, per-author channel spread over whole UTC months, and per author and UTC day the number
-- of distinct channels and categories (top participants' daily series and consistency score).
-- Like V3's rollups they hold counts only and are kept true by triggers on every insert, update
-- and delete of message_stats, whatever writes it; V3's tables and triggers are unchanged.

-- Per channel and category and UTC day: channel totals and code and link shares over whole days.
CREATE TABLE channel_day (
    guild_id TEXT NOT NULL,
    day INTEGER NOT NULL,
    channel_id TEXT NOT NULL,
    category TEXT NOT NULL,
    messages INTEGER NOT NULL,
    words INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    reactions INTEGER NOT NULL,
    code_messages INTEGER NOT NULL,
    link_messages INTEGER NOT NULL,
    code_blocks INTEGER NOT NULL,
    code_lines INTEGER NOT NULL,
    code_chars INTEGER NOT NULL,
    PRIMARY KEY (guild_id, day, channel_id, category)
) WITHOUT ROWID;

-- Code blocks per language (inline code has kind 'inline' and lang ''), channel and UTC day.
CREATE TABLE code_lang_day (
    guild_id   TEXT NOT NULL,
    day        INTEGER NOT NULL,
    channel_id TEXT NOT NULL,
    category   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    lang       TEXT NOT NULL,
    blocks     INTEGER NOT NULL,
    lines      INTEGER NOT NULL,
    chars      INTEGER NOT NULL,
    PRIMARY KEY (guild_id, day, channel_id, category, kind, lang)
) WITHOUT ROWID;

-- Per author, channel and category and UTC month (month = year * 12 + month - 1): which channels an
-- author wrote in over long ranges.
CREATE TABLE activity_month (
    guild_id TEXT NOT NULL,
    month INTEGER NOT NULL,
    author_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    category TEXT NOT NULL,
    messages INTEGER NOT NULL,
    words INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    reactions INTEGER NOT NULL,
    code_messages INTEGER NOT NULL,
    link_messages INTEGER NOT NULL,
    code_blocks INTEGER NOT NULL,
    code_lines INTEGER NOT NULL,
    code_chars INTEGER NOT NULL,
    PRIMARY KEY (guild_id, month, author_id, channel_id, category)
) WITHOUT ROWID;

-- Per author and UTC day: distinct channels, and distinct categories other than none. They follow
-- activity_day, whose rows are exactly the author's (channel, category) pairs of that day: a new
-- pair may add a channel or a category, a vanished pair may remove one.
ALTER TABLE author_day ADD COLUMN channels INTEGER NOT NULL DEFAULT 0;
ALTER TABLE author_day ADD COLUMN categories INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER activity_day_spread_insert AFTER INSERT ON activity_day
BEGIN
    -- message_stats' trigger adds the measures to this row right after
    INSERT INTO author_day (guild_id, day, author_id, messages, words, chars, reactions, code_messages, link_messages,
                            code_blocks, code_lines, code_chars, channels, categories)
    VALUES (new.guild_id, new.day, new.author_id, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            NOT EXISTS (SELECT 1 FROM activity_day WHERE guild_id = new.guild_id AND day = new.day AND author_id = new.author_id
                        AND channel_id = new.channel_id AND category <> new.category),
            new.category <> '' AND NOT EXISTS (SELECT 1 FROM activity_day WHERE guild_id = new.guild_id AND day = new.day
                        AND author_id = new.author_id AND category = new.category AND channel_id <> new.channel_id))
    ON CONFLICT DO UPDATE SET channels = channels + excluded.channels, categories = categories + excluded.categories;
END;

CREATE TRIGGER activity_day_spread_delete AFTER DELETE ON activity_day
BEGIN
    UPDATE author_day SET
        channels = channels - (NOT EXISTS (SELECT 1 FROM activity_day WHERE guild_id = old.guild_id AND day = old.day
                               AND author_id = old.author_id AND channel_id = old.channel_id)),
        categories = categories - (old.category <> '' AND NOT EXISTS (SELECT 1 FROM activity_day WHERE guild_id = old.guild_id
                               AND day = old.day AND author_id = old.author_id AND category = old.category))
    WHERE guild_id = old.guild_id AND day = old.day AND author_id = old.author_id;
END;

CREATE TRIGGER message_stats_day_month_rollup_insert AFTER INSERT ON message_stats
BEGIN
    INSERT INTO activity_month (guild_id, month, author_id, channel_id, category, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, CAST(strftime('%Y', new.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', new.sent_at / 1000, 'unixepoch') AS INTEGER) - 1, new.author_id, new.channel_id, coalesce(new.channel_category, ''), 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO channel_day (guild_id, day, channel_id, category, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, new.sent_at / 86400000, new.channel_id, coalesce(new.channel_category, ''), 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO code_lang_day (guild_id, day, channel_id, category, kind, lang, blocks, lines, chars)
    SELECT new.guild_id, new.sent_at / 86400000, new.channel_id, coalesce(new.channel_category, ''), CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END, coalesce(json_extract(value, '$.lang'), ''),
           1, coalesce(json_extract(value, '$.lines'), 0), coalesce(json_extract(value, '$.chars'), 0)
    FROM json_each(new.code_stats) WHERE true
    ON CONFLICT DO UPDATE SET blocks = blocks + excluded.blocks, lines = lines + excluded.lines, chars = chars + excluded.chars;
END;

CREATE TRIGGER message_stats_day_month_rollup_delete AFTER DELETE ON message_stats
BEGIN
    UPDATE activity_month SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND month = CAST(strftime('%Y', old.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', old.sent_at / 1000, 'unixepoch') AS INTEGER) - 1 AND author_id = old.author_id AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM activity_month WHERE guild_id = old.guild_id AND month = CAST(strftime('%Y', old.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', old.sent_at / 1000, 'unixepoch') AS INTEGER) - 1 AND author_id = old.author_id AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND messages = 0;
    UPDATE channel_day SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM channel_day WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND messages = 0;
    UPDATE code_lang_day SET
        blocks = blocks - (SELECT count(*) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_day.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_day.lang),
        lines = lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_day.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_day.lang),
        chars = chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_day.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_day.lang)
    WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM code_lang_day WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND blocks = 0;
END;

-- An edit or a reaction changes the measures of a message but not where it is counted.
CREATE TRIGGER message_stats_day_month_rollup_update AFTER UPDATE ON message_stats
WHEN old.guild_id IS new.guild_id AND old.sent_at IS new.sent_at AND old.author_id IS new.author_id AND old.channel_id IS new.channel_id AND old.channel_category IS new.channel_category
BEGIN
    UPDATE activity_month SET words = words + (new.word_count) - (old.word_count), chars = chars + (new.char_count) - (old.char_count), reactions = reactions + (new.react_count) - (old.react_count), code_messages = code_messages + ((json_array_length(new.code_stats) > 0)) - ((json_array_length(old.code_stats) > 0)), link_messages = link_messages + ((json_array_length(new.link_stats) > 0)) - ((json_array_length(old.link_stats) > 0)), code_blocks = code_blocks + (json_array_length(new.code_stats)) - (json_array_length(old.code_stats)), code_lines = code_lines + ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats))), code_chars = code_chars + ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats)))
    WHERE guild_id = new.guild_id AND month = CAST(strftime('%Y', new.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', new.sent_at / 1000, 'unixepoch') AS INTEGER) - 1 AND author_id = new.author_id AND channel_id = new.channel_id AND category = coalesce(new.channel_category, '');
    UPDATE channel_day SET words = words + (new.word_count) - (old.word_count), chars = chars + (new.char_count) - (old.char_count), reactions = reactions + (new.react_count) - (old.react_count), code_messages = code_messages + ((json_array_length(new.code_stats) > 0)) - ((json_array_length(old.code_stats) > 0)), link_messages = link_messages + ((json_array_length(new.link_stats) > 0)) - ((json_array_length(old.link_stats) > 0)), code_blocks = code_blocks + (json_array_length(new.code_stats)) - (json_array_length(old.code_stats)), code_lines = code_lines + ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats))), code_chars = code_chars + ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats)))
    WHERE guild_id = new.guild_id AND day = new.sent_at / 86400000 AND channel_id = new.channel_id AND category = coalesce(new.channel_category, '');
    UPDATE code_lang_day SET
        blocks = blocks - (SELECT count(*) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_day.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_day.lang),
        lines = lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_day.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_day.lang),
        chars = chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_day.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_day.lang)
    WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND old.code_stats IS NOT new.code_stats;
    DELETE FROM code_lang_day WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND blocks = 0;
    INSERT INTO code_lang_day (guild_id, day, channel_id, category, kind, lang, blocks, lines, chars)
    SELECT new.guild_id, new.sent_at / 86400000, new.channel_id, coalesce(new.channel_category, ''), CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END, coalesce(json_extract(value, '$.lang'), ''),
           1, coalesce(json_extract(value, '$.lines'), 0), coalesce(json_extract(value, '$.chars'), 0)
    FROM json_each(new.code_stats) WHERE old.code_stats IS NOT new.code_stats
    ON CONFLICT DO UPDATE SET blocks = blocks + excluded.blocks, lines = lines + excluded.lines, chars = chars + excluded.chars;
END;

-- A change of guild, time, author, channel or category moves the message to other buckets.
CREATE TRIGGER message_stats_day_month_rollup_move AFTER UPDATE ON message_stats
WHEN NOT (old.guild_id IS new.guild_id AND old.sent_at IS new.sent_at AND old.author_id IS new.author_id AND old.channel_id IS new.channel_id AND old.channel_category IS new.channel_category)
BEGIN
    UPDATE activity_month SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND month = CAST(strftime('%Y', old.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', old.sent_at / 1000, 'unixepoch') AS INTEGER) - 1 AND author_id = old.author_id AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM activity_month WHERE guild_id = old.guild_id AND month = CAST(strftime('%Y', old.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', old.sent_at / 1000, 'unixepoch') AS INTEGER) - 1 AND author_id = old.author_id AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND messages = 0;
    UPDATE channel_day SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM channel_day WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND messages = 0;
    UPDATE code_lang_day SET
        blocks = blocks - (SELECT count(*) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_day.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_day.lang),
        lines = lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_day.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_day.lang),
        chars = chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_day.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_day.lang)
    WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM code_lang_day WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND blocks = 0;
    INSERT INTO activity_month (guild_id, month, author_id, channel_id, category, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, CAST(strftime('%Y', new.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', new.sent_at / 1000, 'unixepoch') AS INTEGER) - 1, new.author_id, new.channel_id, coalesce(new.channel_category, ''), 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO channel_day (guild_id, day, channel_id, category, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, new.sent_at / 86400000, new.channel_id, coalesce(new.channel_category, ''), 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO code_lang_day (guild_id, day, channel_id, category, kind, lang, blocks, lines, chars)
    SELECT new.guild_id, new.sent_at / 86400000, new.channel_id, coalesce(new.channel_category, ''), CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END, coalesce(json_extract(value, '$.lang'), ''),
           1, coalesce(json_extract(value, '$.lines'), 0), coalesce(json_extract(value, '$.chars'), 0)
    FROM json_each(new.code_stats) WHERE true
    ON CONFLICT DO UPDATE SET blocks = blocks + excluded.blocks, lines = lines + excluded.lines, chars = chars + excluded.chars;
END;

-- The rows already recorded.
INSERT INTO channel_day (guild_id, day, channel_id, category, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
SELECT guild_id, hour / 24, channel_id, category, sum(messages), sum(words), sum(chars), sum(reactions), sum(code_messages), sum(link_messages), sum(code_blocks), sum(code_lines), sum(code_chars) FROM channel_hour GROUP BY guild_id, hour / 24, channel_id, category;

INSERT INTO code_lang_day (guild_id, day, channel_id, category, kind, lang, blocks, lines, chars)
SELECT guild_id, hour / 24, channel_id, category, kind, lang, sum(blocks), sum(lines), sum(chars)
FROM code_lang_hour GROUP BY guild_id, hour / 24, channel_id, category, kind, lang;

INSERT INTO activity_month (guild_id, month, author_id, channel_id, category, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
SELECT guild_id, CAST(strftime('%Y', day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', day * 86400, 'unixepoch') AS INTEGER) - 1,
       author_id, channel_id, category, sum(messages), sum(words), sum(chars), sum(reactions), sum(code_messages), sum(link_messages), sum(code_blocks), sum(code_lines), sum(code_chars)
FROM activity_day
GROUP BY guild_id, CAST(strftime('%Y', day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', day * 86400, 'unixepoch') AS INTEGER) - 1,
         author_id, channel_id, category;

UPDATE author_day SET
    channels = (SELECT count(DISTINCT channel_id) FROM activity_day a
                WHERE a.guild_id = author_day.guild_id AND a.day = author_day.day AND a.author_id = author_day.author_id),
    categories = (SELECT count(DISTINCT nullif(category, '')) FROM activity_day a
                  WHERE a.guild_id = author_day.guild_id AND a.day = author_day.day AND a.author_id = author_day.author_id);
