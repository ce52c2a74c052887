/// The store's migrations, applied in order; `PRAGMA user_version` holds how many ran.
/// Append new migrations; never edit one that has shipped.
enum StoreSchema {
    static let migrations: [String] = [
        // 1: posts, per-source fetch state, runs, alert ledger, metadata, daily aggregates (counts only).
        """
        CREATE TABLE posts (
            key TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            native_id TEXT NOT NULL,
            thread_id TEXT NOT NULL,
            thread_title TEXT,
            thread_url TEXT,
            parent_id TEXT,
            link TEXT,
            author TEXT NOT NULL,
            is_staff INTEGER NOT NULL,
            is_owned_source INTEGER NOT NULL,
            published INTEGER NOT NULL,
            date_flagged INTEGER NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            language TEXT NOT NULL,
            score REAL NOT NULL,
            label TEXT NOT NULL,
            confidence REAL NOT NULL,
            topics TEXT NOT NULL,
            markers TEXT NOT NULL,
            is_question INTEGER NOT NULL,
            classifier_version TEXT NOT NULL,
            first_seen INTEGER NOT NULL,
            last_changed INTEGER NOT NULL
        );
        CREATE INDEX posts_by_published ON posts(published);
        CREATE INDEX posts_by_thread ON posts(source, thread_id);
        CREATE INDEX posts_by_content ON posts(content_hash);
        CREATE TABLE sources (
            name TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            last_success INTEGER,
            last_failure INTEGER,
            last_error TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            moved_to TEXT
        );
        CREATE TABLE cross_posts (
            post_key TEXT PRIMARY KEY REFERENCES posts(key) ON DELETE CASCADE,
            source TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            first_seen INTEGER NOT NULL
        );
        CREATE INDEX cross_posts_by_text ON cross_posts(text_hash);
        -- The key is a hash of the text: it must not outlive the text it was made from (an
        -- edit, or `monitor forget` rewriting a name); the next ingest links the new text.
        CREATE TRIGGER cross_posts_follow_text AFTER UPDATE OF text ON posts
        WHEN OLD.text IS NOT NEW.text
        BEGIN
            DELETE FROM cross_posts WHERE post_key = NEW.key;
        END;
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started INTEGER NOT NULL,
            finished INTEGER NOT NULL,
            report_date TEXT NOT NULL,
            sources_ok INTEGER NOT NULL,
            sources_failed INTEGER NOT NULL,
            posts_new INTEGER NOT NULL,
            posts_updated INTEGER NOT NULL,
            exit_code INTEGER NOT NULL
        );
        CREATE TABLE alerts (
            item_key TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            severity INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'baseline')),
            message_id TEXT,
            first_message_id TEXT,
            report_day TEXT NOT NULL,
            cooldown_from INTEGER,
            updated INTEGER NOT NULL,
            payload TEXT NOT NULL
        );
        CREATE INDEX alerts_by_status ON alerts(status);
        CREATE TABLE metadata (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE daily_aggregates (
            day TEXT NOT NULL,
            scope TEXT NOT NULL,
            source TEXT NOT NULL,
            topic TEXT NOT NULL,
            language TEXT NOT NULL,
            volume INTEGER NOT NULL,
            positive INTEGER NOT NULL,
            neutral INTEGER NOT NULL,
            negative INTEGER NOT NULL,
            unscored INTEGER NOT NULL,
            score_sum REAL NOT NULL,
            distinct_authors INTEGER NOT NULL,
            PRIMARY KEY (day, scope, source, topic, language)
        );
        CREATE TABLE suppressions (
            pseudonym TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            added INTEGER NOT NULL
        );
        """
    ]
}
