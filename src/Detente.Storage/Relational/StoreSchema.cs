namespace Detente.Storage.Relational;

/// <summary>The versioned schema migrations shared by the SQL backends, written in SQLite's dialect and translated.</summary>
internal static class StoreSchema
{
    /// <summary>The table definitions (schema version 1).</summary>
    public static readonly string[] Tables =
    [
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            command TEXT NOT NULL,
            pipeline TEXT NOT NULL,
            versions TEXT NOT NULL,
            articles_read INTEGER,
            articles_inserted INTEGER,
            articles_updated INTEGER,
            articles_unchanged INTEGER,
            articles_failed INTEGER
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            title TEXT,
            source TEXT,
            url TEXT,
            reference_date TEXT,
            date_source TEXT NOT NULL,
            date_confidence REAL NOT NULL,
            sentences INTEGER NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            stored_at TEXT NOT NULL,
            text TEXT NOT NULL,
            document TEXT NOT NULL
        );
        CREATE INDEX articles_reference_date ON articles(reference_date);
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            actor_id TEXT, actor_name TEXT, country TEXT, sector TEXT, role TEXT, code TEXT,
            antecedent INTEGER,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX mentions_actor ON mentions(actor_id);
        CREATE TABLE events (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            source_text TEXT, source_id TEXT, source_name TEXT, source_country TEXT, source_code TEXT,
            target_text TEXT, target_id TEXT, target_name TEXT, target_country TEXT, target_code TEXT,
            cameo TEXT NOT NULL,
            cameo_root TEXT NOT NULL,
            plover TEXT, mode TEXT,
            quad INTEGER NOT NULL,
            goldstein REAL NOT NULL,
            modality TEXT NOT NULL,
            date TEXT,
            sentence INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            rule TEXT NOT NULL,
            confidence REAL NOT NULL,
            fusion_key TEXT,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX events_dyad_date ON events(source_country, target_country, date);
        CREATE INDEX events_target_date ON events(target_country, date);
        CREATE INDEX events_root_date ON events(cameo_root, date);
        CREATE INDEX events_date ON events(date);
        CREATE INDEX events_source_id ON events(source_id);
        CREATE INDEX events_target_id ON events(target_id);
        CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            speaker_text TEXT, speaker_id TEXT, speaker_name TEXT, speaker_country TEXT,
            cue TEXT, medium TEXT, date TEXT,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX quotes_speaker ON quotes(speaker_id);
        CREATE TABLE treaty_actions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            treaty TEXT NOT NULL,
            party_text TEXT, party_id TEXT, party_country TEXT,
            action TEXT NOT NULL,
            date TEXT,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            status TEXT, modality TEXT, rule TEXT,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX treaty_actions_treaty ON treaty_actions(treaty, date);
        CREATE TABLE failures (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            article_id TEXT NOT NULL,
            stage TEXT NOT NULL,
            message TEXT NOT NULL
        );
        """,
    ];

    /// <summary>A covering index for the dyad time series (schema version 3 on both backends).</summary>
    public const string SeriesIndex = "CREATE INDEX events_dyad_series ON events(source_country, target_country, date, quad, goldstein, fusion_key);";

    /// <summary>
    /// Duplicates (schema version 4 on both backends): a copy names its original in articles.duplicate_of, and each
    /// article's fingerprint (exact-text key and MinHash signature) is kept to rebuild the duplicate index on restart.
    /// </summary>
    public const string Duplicates = """
        ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
        CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
        CREATE TABLE article_fingerprints (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            text_key TEXT NOT NULL,
            similarity REAL,
            minhash TEXT NOT NULL
        );
        CREATE INDEX article_fingerprints_text_key ON article_fingerprints(text_key);
        """;

    /// <summary>
    /// Indexes for an actor's events in date order, one per actor column (schema version 5 on both backends); the
    /// plain id indexes and the dyad index the covering series index already serves are dropped.
    /// </summary>
    public const string ActorDateIndexes = """
        DROP INDEX events_source_id;
        DROP INDEX events_target_id;
        DROP INDEX events_dyad_date;
        CREATE INDEX events_source_id_date ON events(source_id, date);
        CREATE INDEX events_target_id_date ON events(target_id, date);
        CREATE INDEX events_source_country_date ON events(source_country, date);
        CREATE INDEX events_source_code_date ON events(source_code, date);
        CREATE INDEX events_target_code_date ON events(target_code, date);
        """;

    /// <summary>The table definitions in PostgreSQL's dialect.</summary>
    public static string ToPostgres(string sqlite) => sqlite
        .Replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", StringComparison.Ordinal)
        .Replace(" REAL", " DOUBLE PRECISION", StringComparison.Ordinal);
}
