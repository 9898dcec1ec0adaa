using System.Data.Common;
using System.Globalization;
using System.Text;
using Detente.Core.Interchange;
using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Storage.Relational;

/// <summary>
/// The store logic both SQL backends share over ADO.NET: migrations, one transaction per article, idempotent by
/// content hash, and the listing queries. Backends supply the connection, their schema dialect and their locking.
/// </summary>
public abstract class RelationalStore : IDetenteStore
{
    private static readonly string[] ActorColumns = ["source_id", "target_id", "source_country", "target_country", "source_code", "target_code"];

    private static readonly string[] BenchmarkCountries = ["USA", "RUS", "CHN", "FRA", "GBR", "DEU", "IND", "JPN", "BRA", "TUR"];

    private static readonly string[] BenchmarkCountryNames =
        ["United States", "Russia", "China", "France", "United Kingdom", "Germany", "India", "Japan", "Brazil", "Turkey"];

    private readonly DbConnection _connection;
    private readonly string _description;

    /// <summary>Wraps an open connection; <paramref name="description"/> names the database in messages.</summary>
    private protected RelationalStore(DbConnection connection, string description)
    {
        _connection = connection;
        _description = description;
    }

    /// <summary>The migration scripts of this backend; index + 1 is the schema version each brings the database to.</summary>
    private protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>The case-insensitive LIKE operator of the dialect.</summary>
    private protected virtual string Like => "LIKE";

    /// <summary>Serialises schema migrations between processes (inside the migration transaction).</summary>
    private protected virtual Task LockMigrationsAsync(DbTransaction tx, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Serialises writers of the same article between processes (inside the article transaction).</summary>
    private protected virtual Task LockArticleAsync(DbTransaction tx, string articleId, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The SQL expression naming the week of an ISO date column ("2019-W05").</summary>
    private protected abstract string WeekOf(string column);

    /// <summary>The full-text search: FROM clause (article alias a), WHERE condition on @q, and ORDER BY.</summary>
    private protected abstract (string From, string Where, string Order) SearchClause { get; }

    /// <summary>The value bound to @q for a user's search words.</summary>
    private protected abstract object SearchArgument(string query);

    /// <summary>The SQL expression giving the ISO date <paramref name="days"/> days after 2015-01-01.</summary>
    private protected abstract string DayAfter2015(string days);

    /// <summary>
    /// The value stored in articles.document for a document's JSON. PostgreSQL compresses long text itself
    /// (TOAST), so the JSON goes in as it is; SQLite does not, and stores it deflated (see <see cref="StoredDocument"/>).
    /// </summary>
    private protected virtual object DocumentValue(string json) => json;

    /// <summary>The document JSON from a stored articles.document value: text as it is, bytes inflated.</summary>
    internal static string? StoredDocument(object? value)
    {
        if (value is not byte[] bytes)
        {
            return value as string;
        }

        using var inflate = new System.IO.Compression.ZLibStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(inflate, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The connection, for backend-specific queries.</summary>
    private protected DbConnection Connection => _connection;

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            while (true)
            {
                using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await LockMigrationsAsync(tx, cancellationToken).ConfigureAwait(false);
                using (var cmd = Command("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);", tx))
                {
                    await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                int v;
                using (var cmd = Command("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", tx))
                {
                    v = Convert.ToInt32(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                }

                if (v > Migrations.Count)
                {
                    throw new StoreException($"database {_description} has schema version {v}, newer than this program knows ({Migrations.Count}); upgrade detente");
                }

                if (v == Migrations.Count)
                {
                    await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    break;
                }

                using (var cmd = Command(Migrations[v], tx))
                {
                    await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                using (var cmd = Command("INSERT INTO schema_migrations(version, applied_at) VALUES (@v, @t)", tx))
                {
                    AddParameter(cmd, "@v", v + 1);
                    AddParameter(cmd, "@t", Now());
                    await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbException ex)
        {
            throw new StoreException($"database {_description} cannot be used: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public async Task<long> BeginRunAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        using var cmd = Command("INSERT INTO runs(started_at, command, pipeline, versions) VALUES (@t, @c, @p, @v) RETURNING id");
        AddParameter(cmd, "@t", Now());
        AddParameter(cmd, "@c", run.Command);
        AddParameter(cmd, "@p", run.Pipeline);
        AddParameter(cmd, "@v", run.Versions);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task FinishRunAsync(long runId, RunSummary summary, CancellationToken cancellationToken = default)
    {
        using var cmd = Command("""
            UPDATE runs SET finished_at=@t, articles_read=@r, articles_inserted=@i, articles_updated=@u,
                articles_unchanged=@n, articles_failed=@f WHERE id=@id
            """);
        AddParameter(cmd, "@t", Now());
        AddParameter(cmd, "@r", summary.Read);
        AddParameter(cmd, "@i", summary.Inserted);
        AddParameter(cmd, "@u", summary.Updated);
        AddParameter(cmd, "@n", summary.Unchanged);
        AddParameter(cmd, "@f", summary.Failed);
        AddParameter(cmd, "@id", runId);
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> HasContentAsync(string articleId, string contentHash, CancellationToken cancellationToken = default)
    {
        using var cmd = Command("SELECT 1 FROM articles WHERE id=@id AND content_hash=@h");
        AddParameter(cmd, "@id", articleId);
        AddParameter(cmd, "@h", contentHash);
        return await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <inheritdoc />
    public Task<StoreOutcome> StoreAsync(Document document, IReadOnlyList<StageFailure> failures, long runId, CancellationToken cancellationToken = default) =>
        StoreAsync(document, failures, runId, null, cancellationToken);

    /// <inheritdoc />
    public async Task<StoreOutcome> StoreAsync(Document document, IReadOnlyList<StageFailure> failures, long runId, ArticleFingerprint? fingerprint, CancellationToken cancellationToken = default) =>
        (await StoreBatchAsync([new StoreRequest(document, failures) { Fingerprint = fingerprint }], runId, cancellationToken).ConfigureAwait(false))[0];

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoreOutcome>> StoreBatchAsync(IReadOnlyList<StoreRequest> requests, long runId, CancellationToken cancellationToken = default)
    {
        var outcomes = new StoreOutcome[requests.Count];
        if (requests.Count == 0)
        {
            return outcomes;
        }

        // Writers lock the articles they store in id order, so concurrent batches cannot deadlock.
        var order = Enumerable.Range(0, requests.Count).OrderBy(i => requests[i].Document.Article.Id, StringComparer.Ordinal).ToArray();
        using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        bool changed = false;
        foreach (int i in order)
        {
            outcomes[i] = await StoreOneAsync(requests[i], runId, tx, cancellationToken).ConfigureAwait(false);
            changed |= outcomes[i] != StoreOutcome.Unchanged;
        }

        if (changed)
        {
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }

    private async Task<StoreOutcome> StoreOneAsync(StoreRequest request, long runId, DbTransaction tx, CancellationToken cancellationToken)
    {
        var (document, failures, fingerprint) = (request.Document, request.Failures, request.Fingerprint);
        var a = document.Article;
        var hash = a.ContentHash;
        await LockArticleAsync(tx, a.Id, cancellationToken).ConfigureAwait(false);
        string? existing;
        using (var cmd = Command("SELECT content_hash FROM articles WHERE id=@id", tx))
        {
            AddParameter(cmd, "@id", a.Id);
            existing = await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        }

        if (existing == hash)
        {
            return StoreOutcome.Unchanged;
        }

        if (existing is not null)
        {
            using var del = Command("DELETE FROM articles WHERE id=@id", tx);
            AddParameter(del, "@id", a.Id);
            await del.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using (var cmd = Command("""
            INSERT INTO articles(id, content_hash, title, source, url, reference_date, date_source, date_confidence, sentences, run_id, stored_at, text, document, duplicate_of)
            VALUES (@id, @h, @title, @source, @url, @rd, @ds, @dc, @n, @run, @t, @text, @doc, @dup)
            """, tx))
        {
            AddParameter(cmd, "@id", a.Id);
            AddParameter(cmd, "@dup", (object?)a.DuplicateOf ?? DBNull.Value);
            AddParameter(cmd, "@h", hash);
            AddParameter(cmd, "@title", (object?)a.Title ?? DBNull.Value);
            AddParameter(cmd, "@source", (object?)a.Source ?? DBNull.Value);
            AddParameter(cmd, "@url", (object?)a.Url ?? DBNull.Value);
            AddParameter(cmd, "@rd", (object?)document.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
            AddParameter(cmd, "@ds", document.DateSource.ToString().ToLowerInvariant());
            AddParameter(cmd, "@dc", document.DateConfidence);
            AddParameter(cmd, "@n", document.Sentences.Length);
            AddParameter(cmd, "@run", runId);
            AddParameter(cmd, "@t", Now());
            AddParameter(cmd, "@text", a.Text);
            AddParameter(cmd, "@doc", DocumentValue(DocumentJson.ToJson(document, includeTokens: true)));
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (fingerprint is not null)
        {
            using var cmd = Command("""
                INSERT INTO article_fingerprints(article_id, seq, text_key, similarity, minhash)
                VALUES (@id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM article_fingerprints), @k, @sim, @mh)
                """, tx);
            AddParameter(cmd, "@id", a.Id);
            AddParameter(cmd, "@k", fingerprint.TextKey);
            AddParameter(cmd, "@sim", (object?)fingerprint.Similarity ?? DBNull.Value);
            AddParameter(cmd, "@mh", fingerprint.MinHash);
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await InsertMentionsAsync(document, tx, cancellationToken).ConfigureAwait(false);
        await InsertEventsAsync(document, tx, cancellationToken).ConfigureAwait(false);
        await InsertQuotesAsync(document, tx, cancellationToken).ConfigureAwait(false);
        await InsertTreatyActionsAsync(document, tx, cancellationToken).ConfigureAwait(false);
        foreach (var f in failures)
        {
            using var cmd = Command("INSERT INTO failures(run_id, article_id, stage, message) VALUES (@r, @a, @s, @m)", tx);
            AddParameter(cmd, "@r", runId);
            AddParameter(cmd, "@a", f.ArticleId);
            AddParameter(cmd, "@s", f.Stage);
            AddParameter(cmd, "@m", f.Message);
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return existing is null ? StoreOutcome.Inserted : StoreOutcome.Updated;
    }

    private async Task InsertMentionsAsync(Document d, DbTransaction tx, CancellationToken ct)
    {
        if (d.Mentions.IsEmpty)
        {
            return;
        }

        using var cmd = Command("""
            INSERT INTO mentions(article_id, idx, start, "end", text, type, actor_id, actor_name, country, sector, role, code, antecedent)
            VALUES (@a, @i, @s, @e, @t, @ty, @aid, @an, @c, @sec, @r, @code, @ante)
            """, tx);
        var p = Params(cmd, "@a", "@i", "@s", "@e", "@t", "@ty", "@aid", "@an", "@c", "@sec", "@r", "@code", "@ante");
        for (int i = 0; i < d.Mentions.Length; i++)
        {
            var m = d.Mentions[i];
            Set(p, d.Article.Id, i, m.Range.Start, m.Range.End, m.Text, m.Type.ToString().ToLowerInvariant(),
                m.Actor?.Id, m.Actor?.Name, m.Actor?.Country, m.Actor?.Sector, m.Actor?.Role, m.Actor?.Code, m.Antecedent);
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task InsertEventsAsync(Document d, DbTransaction tx, CancellationToken ct)
    {
        if (d.Events.IsEmpty)
        {
            return;
        }

        using var cmd = Command("""
            INSERT INTO events(article_id, idx, source_text, source_id, source_name, source_country, source_code,
                target_text, target_id, target_name, target_country, target_code, cameo, cameo_root, plover, mode,
                quad, goldstein, modality, date, sentence, start, "end", rule, confidence, fusion_key)
            VALUES (@a, @i, @st, @sid, @sn, @sc, @scode, @tt, @tid, @tn, @tc, @tcode, @cameo, @root, @plover, @mode,
                @quad, @g, @mod, @date, @sent, @s, @e, @rule, @conf, @fk)
            """, tx);
        var p = Params(cmd, "@a", "@i", "@st", "@sid", "@sn", "@sc", "@scode", "@tt", "@tid", "@tn", "@tc", "@tcode", "@cameo", "@root",
            "@plover", "@mode", "@quad", "@g", "@mod", "@date", "@sent", "@s", "@e", "@rule", "@conf", "@fk");
        for (int i = 0; i < d.Events.Length; i++)
        {
            var e = d.Events[i];
            var s = e.Source;
            var t = e.Target;
            Set(p, d.Article.Id, i, s.Text, s.Actor?.Id, s.Actor?.Name, s.Actor?.Country, s.Actor?.Code,
                t?.Text, t?.Actor?.Id, t?.Actor?.Name, t?.Actor?.Country, t?.Actor?.Code,
                e.Cameo, e.Cameo.Length >= 2 ? e.Cameo[..2] : e.Cameo, e.Plover, e.Mode, e.Quad, e.Goldstein,
                e.Modality.ToString().ToLowerInvariant(), e.Date, e.Sentence, e.Evidence.Start, e.Evidence.End, e.Rule, e.Confidence, e.FusionKey);
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task InsertQuotesAsync(Document d, DbTransaction tx, CancellationToken ct)
    {
        if (d.Quotes.IsEmpty)
        {
            return;
        }

        using var cmd = Command("""
            INSERT INTO quotes(article_id, idx, start, "end", text, kind, speaker_text, speaker_id, speaker_name, speaker_country, cue, medium, date)
            VALUES (@a, @i, @s, @e, @t, @k, @spt, @spid, @spn, @spc, @cue, @med, @date)
            """, tx);
        var p = Params(cmd, "@a", "@i", "@s", "@e", "@t", "@k", "@spt", "@spid", "@spn", "@spc", "@cue", "@med", "@date");
        for (int i = 0; i < d.Quotes.Length; i++)
        {
            var q = d.Quotes[i];
            Set(p, d.Article.Id, i, q.Content.Start, q.Content.End, q.Text, q.Kind.ToString().ToLowerInvariant(),
                q.Speaker?.Text, q.Speaker?.Actor?.Id, q.Speaker?.Actor?.Name, q.Speaker?.Actor?.Country,
                q.Cue is { } cue ? d.Slice(cue) : null, q.Medium, q.Date);
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task InsertTreatyActionsAsync(Document d, DbTransaction tx, CancellationToken ct)
    {
        if (d.TreatyActions.IsEmpty)
        {
            return;
        }

        using var cmd = Command("""
            INSERT INTO treaty_actions(article_id, idx, treaty, party_text, party_id, party_country, action, date, start, "end", status, modality, rule)
            VALUES (@a, @i, @tr, @pt, @pid, @pc, @act, @date, @s, @e, @st, @mod, @rule)
            """, tx);
        var p = Params(cmd, "@a", "@i", "@tr", "@pt", "@pid", "@pc", "@act", "@date", "@s", "@e", "@st", "@mod", "@rule");
        for (int i = 0; i < d.TreatyActions.Length; i++)
        {
            var t = d.TreatyActions[i];
            Set(p, d.Article.Id, i, t.Treaty, t.Party?.Text, t.Party?.Actor?.Id, t.Party?.Actor?.Country, t.Action, t.Date,
                t.Evidence.Start, t.Evidence.End, t.Status, t.Modality.ToString().ToLowerInvariant(), t.Rule);
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Row>> ArticlesAsync(QueryFilter filter, CancellationToken cancellationToken = default)
    {
        var sql = new StringBuilder("""
            SELECT a.id, a.title, a.reference_date, a.date_source, a.sentences,
                (SELECT COUNT(*) FROM events e WHERE e.article_id=a.id) AS events,
                (SELECT COUNT(*) FROM quotes q WHERE q.article_id=a.id) AS quotes,
                (SELECT COUNT(*) FROM treaty_actions t WHERE t.article_id=a.id) AS treaty_actions,
                a.source, a.duplicate_of
            FROM articles a WHERE 1=1
            """);
        var args = new List<(string, object?)>();
        AddDateRange(sql, args, filter, "a.reference_date");
        sql.Append(" ORDER BY a.reference_date DESC, a.id");
        return QueryAsync(sql, args, filter, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredFingerprint>> FingerprintsAsync(CancellationToken cancellationToken = default)
    {
        using var cmd = Command("""
            SELECT f.article_id, f.text_key, f.minhash, a.duplicate_of, CASE WHEN a.date_source = 'given' THEN a.reference_date END
            FROM article_fingerprints f JOIN articles a ON a.id = f.article_id
            ORDER BY f.seq, f.article_id
            """);
        var list = new List<StoredFingerprint>();
        using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            DateOnly? given = reader.IsDBNull(4) ? null : DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            list.Add(new StoredFingerprint(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), given));
        }

        return list;
    }

    /// <inheritdoc />
    public async Task<string?> ArticleJsonAsync(string articleId, CancellationToken cancellationToken = default)
    {
        using var cmd = Command("SELECT document FROM articles WHERE id=@id");
        AddParameter(cmd, "@id", articleId);
        return StoredDocument(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Row>> EventsAsync(QueryFilter filter, CancellationToken cancellationToken = default)
    {
        const string Columns = """
            SELECT e.article_id, e.date, e.source_text AS source, e.source_country, e.source_code,
                e.target_text AS target, e.target_country, e.target_code, e.cameo, e.plover, e.quad, e.goldstein,
                e.modality, e.rule, e.confidence, e.fusion_key, e.start, e."end",
                substr(a.text, e.start + 1, e."end" - e.start) AS evidence
            """;
        var where = new StringBuilder();
        var args = new List<(string, object?)>();
        if (filter.Dyad is { } dyad)
        {
            where.Append(" AND ((e.source_country=@da AND e.target_country=@db) OR (e.source_country=@db AND e.target_country=@da))");
            args.Add(("@da", dyad.A));
            args.Add(("@db", dyad.B));
        }

        if (filter.Code is { } code)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND e.cameo {Like} @code");
            args.Add(("@code", code + "%"));
        }

        if (filter.Quad is { } quad)
        {
            where.Append(" AND e.quad=@quad");
            args.Add(("@quad", quad));
        }

        if (filter.Modality is { } modality)
        {
            where.Append(" AND e.modality=@mod");
            args.Add(("@mod", modality));
        }

        AddArticle(where, args, filter, "e.article_id");
        AddDateRange(where, args, filter, "e.date");
        var dir = filter.NewestFirst ? "DESC" : "ASC";
        var order = string.Create(CultureInfo.InvariantCulture, $" ORDER BY e.date {dir}, e.article_id {dir}, e.idx {dir}");
        var sql = new StringBuilder(Columns);
        if (filter.Actor is not { } actor)
        {
            sql.Append(" FROM events e JOIN articles a ON a.id = e.article_id WHERE 1=1").Append(where).Append(order);
        }
        else if (await HasActorCodeAsync(actor, cancellationToken).ConfigureAwait(false))
        {
            // One index range scan per actor column, each stopping after the rows the page needs, then merged:
            // an actor's newest events come from the (column, date) indexes without reading all its events.
            sql.Append(" FROM (");
            sql.AppendJoin(" UNION ", ActorColumns.Select(c => string.Create(CultureInfo.InvariantCulture,
                $"SELECT * FROM (SELECT e.article_id, e.idx FROM events e WHERE e.{c}=@actor{where}{order} LIMIT @top) {c}_hits")));
            sql.Append(") h JOIN events e ON e.article_id = h.article_id AND e.idx = h.idx JOIN articles a ON a.id = e.article_id").Append(order);
            args.Add(("@actor", actor));
            args.Add(("@top", (long)filter.Limit + filter.Offset));
        }
        else
        {
            sql.Append(CultureInfo.InvariantCulture, $" FROM events e JOIN articles a ON a.id = e.article_id WHERE (e.source_name {Like} @actorLike OR e.target_name {Like} @actorLike)")
                .Append(where).Append(order);
            args.Add(("@actorLike", "%" + actor + "%"));
        }

        return await QueryAsync(sql, args, filter, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when some event has <paramref name="actor"/> as an id, country or code of its source or target.</summary>
    private async Task<bool> HasActorCodeAsync(string actor, CancellationToken ct)
    {
        using var cmd = Command("SELECT 1 FROM events WHERE " + string.Join(" OR ", ActorColumns.Select(c => c + "=@actor")) + " LIMIT 1");
        AddParameter(cmd, "@actor", actor);
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Row>> QuotesAsync(QueryFilter filter, CancellationToken cancellationToken = default)
    {
        var sql = new StringBuilder("""
            SELECT q.article_id, q.date, q.speaker_text AS speaker, q.speaker_name, q.speaker_country, q.kind, q.cue, q.medium, q.text, q.start, q."end"
            FROM quotes q WHERE 1=1
            """);
        var args = new List<(string, object?)>();
        if (filter.Speaker is { } speaker)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND (q.speaker_id=@sp OR q.speaker_name {Like} @spLike OR q.speaker_text {Like} @spLike)");
            args.Add(("@sp", speaker));
            args.Add(("@spLike", "%" + speaker + "%"));
        }

        AddArticle(sql, args, filter, "q.article_id");
        AddDateRange(sql, args, filter, "q.date");
        sql.Append(" ORDER BY q.date, q.article_id, q.idx");
        return QueryAsync(sql, args, filter, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Row>> ActorsAsync(QueryFilter filter, CancellationToken cancellationToken = default)
    {
        var sql = new StringBuilder("""
            SELECT m.actor_id AS id, MAX(m.actor_name) AS name, MAX(m.country) AS country, MAX(m.sector) AS sector,
                MAX(m.code) AS code, COUNT(*) AS mentions, COUNT(DISTINCT m.article_id) AS articles
            FROM mentions m WHERE m.actor_id IS NOT NULL
            """);
        var args = new List<(string, object?)>();
        if (filter.Actor is { } actor)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND (m.actor_id=@actor OR m.country=@actor OR m.actor_name {Like} @actorLike)");
            args.Add(("@actor", actor));
            args.Add(("@actorLike", "%" + actor + "%"));
        }

        AddArticle(sql, args, filter, "m.article_id");
        sql.Append(" GROUP BY m.actor_id ORDER BY mentions DESC, id");
        return QueryAsync(sql, args, filter, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Row>> TreatyActionsAsync(QueryFilter filter, CancellationToken cancellationToken = default)
    {
        var sql = new StringBuilder("""
            SELECT t.article_id, t.treaty, t.party_text AS party, t.party_country, t.action, t.date, t.status, t.modality, t.rule,
                substr(a.text, t.start + 1, t."end" - t.start) AS evidence
            FROM treaty_actions t JOIN articles a ON a.id = t.article_id WHERE 1=1
            """);
        var args = new List<(string, object?)>();
        if (filter.Treaty is { } treaty)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND t.treaty {Like} @treaty");
            args.Add(("@treaty", "%" + treaty + "%"));
        }

        if (filter.Actor is { } actor)
        {
            sql.Append(" AND (t.party_id=@actor OR t.party_country=@actor)");
            args.Add(("@actor", actor));
        }

        AddArticle(sql, args, filter, "t.article_id");
        AddDateRange(sql, args, filter, "t.date");
        sql.Append(" ORDER BY t.treaty, t.date, t.article_id, t.idx");
        return QueryAsync(sql, args, filter, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Row>> DyadSeriesAsync(string countryA, string countryB, SeriesInterval interval, QueryFilter filter, CancellationToken cancellationToken = default)
    {
        var (bucket, minLength) = interval switch
        {
            SeriesInterval.Day => ("substr(d.day, 1, 10)", 10),
            SeriesInterval.Week => (WeekOf("substr(d.day, 1, 10)"), 10),
            SeriesInterval.Year => ("substr(d.day, 1, 4)", 4),
            _ => ("substr(d.day, 1, 7)", 7),
        };
        var args = new List<(string, object?)> { ("@da", countryA), ("@db", countryB) };
        var range = new StringBuilder();
        AddDateRange(range, args, filter, "e.date");
        (string Source, string Target)[] directions = string.Equals(countryA, countryB, StringComparison.Ordinal)
            ? [("@da", "@db")]
            : [("@da", "@db"), ("@db", "@da")];
        string Where((string Source, string Target) d, string fused) => string.Create(CultureInfo.InvariantCulture,
            $"e.source_country={d.Source} AND e.target_country={d.Target} AND e.fusion_key IS {fused} AND length(e.date) >= {minLength}{range}");

        // Unfused events are summed per stored date while the covering index is read in date order (no sort), one
        // range scan per direction; only fused events are grouped by their key, each group counting once.
        var sql = new StringBuilder("WITH days AS (");
        sql.AppendJoin(" UNION ALL ", directions.Select(d => $"""
            SELECT e.date AS day, COUNT(*) AS n,
                SUM(CASE WHEN e.quad=1 THEN 1 ELSE 0 END) AS q1, SUM(CASE WHEN e.quad=2 THEN 1 ELSE 0 END) AS q2,
                SUM(CASE WHEN e.quad=3 THEN 1 ELSE 0 END) AS q3, SUM(CASE WHEN e.quad=4 THEN 1 ELSE 0 END) AS q4,
                SUM(e.goldstein) AS gs
            FROM events e WHERE {Where(d, "NULL")} GROUP BY e.date
            """));
        sql.Append("""

            UNION ALL
            SELECT f.day, 1, CASE WHEN f.quad=1 THEN 1 ELSE 0 END, CASE WHEN f.quad=2 THEN 1 ELSE 0 END,
                CASE WHEN f.quad=3 THEN 1 ELSE 0 END, CASE WHEN f.quad=4 THEN 1 ELSE 0 END, f.g
            FROM (SELECT MIN(k.date) AS day, MIN(k.quad) AS quad, AVG(k.goldstein) AS g FROM (
            """);
        sql.AppendJoin(" UNION ALL ", directions.Select(d => $"SELECT e.date, e.quad, e.goldstein, e.fusion_key FROM events e WHERE {Where(d, "NOT NULL")}"));
        sql.Append(CultureInfo.InvariantCulture, $"""
            ) k GROUP BY k.fusion_key) f
            )
            SELECT {bucket} AS period, CAST(SUM(d.n) AS BIGINT) AS events,
                CAST(SUM(d.q1) AS BIGINT) AS verbal_cooperation, CAST(SUM(d.q2) AS BIGINT) AS material_cooperation,
                CAST(SUM(d.q3) AS BIGINT) AS verbal_conflict, CAST(SUM(d.q4) AS BIGINT) AS material_conflict,
                SUM(d.gs) AS goldstein_sum, SUM(d.gs) / CAST(SUM(d.n) AS DOUBLE PRECISION) AS goldstein_mean
            FROM days d GROUP BY {bucket} ORDER BY period
            """);
        return QueryAsync(sql, args, filter, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Row>> SearchAsync(string query, QueryFilter filter, CancellationToken cancellationToken = default)
    {
        var (from, where, order) = SearchClause;
        var sql = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"SELECT a.id, a.title, a.reference_date, a.source FROM {from} WHERE {where}"));
        var args = new List<(string, object?)> { ("@q", SearchArgument(query)) };
        AddDateRange(sql, args, filter, "a.reference_date");
        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY {order}, a.id");
        return QueryAsync(sql, args, filter, cancellationToken);
    }

    /// <summary>
    /// Stores <paramref name="count"/> synthetic events for benchmarks: 50 country pairs (USA-RUS among them) of
    /// state actors, dates rising over ten years as a news archive grows, two in seven events fused in pairs. The rows are made
    /// by the database itself, <paramref name="batch"/> per transaction. Returns the article id used.
    /// </summary>
    public async Task<string> GenerateBenchmarkEventsAsync(long count, long batch = 1_000_000, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var runId = await BeginRunAsync(new RunRecord("benchmark", "{}", "bench service"), cancellationToken).ConfigureAwait(false);
        using (var cmd = Command("""
            INSERT INTO articles(id, content_hash, title, reference_date, date_source, date_confidence, sentences, run_id, stored_at, text, document)
            VALUES ('benchmark', 'benchmark', 'Synthetic benchmark events', '2015-01-01', 'none', 0, 0, @run, @t, '', '{}')
            """))
        {
            AddParameter(cmd, "@run", runId);
            AddParameter(cmd, "@t", Now());
            await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var source = "(i % 50) % 10";
        var target = "((i % 50) % 10 + 1 + (i % 50) / 10) % 10";
        for (long first = 0; first < count; first += batch)
        {
            var last = Math.Min(count, first + batch) - 1;
            using var tx = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            using (var cmd = Command(string.Create(CultureInfo.InvariantCulture, $"""
                WITH {Sequence(first, last)}
                INSERT INTO events(article_id, idx, source_text, source_id, source_name, source_country, source_code,
                    target_text, target_id, target_name, target_country, target_code, cameo, cameo_root, plover, quad, goldstein,
                    modality, date, sentence, start, "end", rule, confidence, fusion_key)
                SELECT 'benchmark', i,
                    {Pick(source, BenchmarkCountryNames)}, {Pick(source, BenchmarkCountries)}, {Pick(source, BenchmarkCountryNames)},
                    {Pick(source, BenchmarkCountries)}, {Pick(source, BenchmarkCountries)} || 'GOV',
                    {Pick(target, BenchmarkCountryNames)}, {Pick(target, BenchmarkCountries)}, {Pick(target, BenchmarkCountryNames)},
                    {Pick(target, BenchmarkCountries)}, {Pick(target, BenchmarkCountries)},
                    {Pick("i % 4", ["040", "057", "112", "190"])}, {Pick("i % 4", ["04", "05", "11", "19"])},
                    {Pick("i % 4", ["CONSULT", "AGREE", "ACCUSE", "FIGHT"])},
                    1 + i % 4, CASE i % 4 WHEN 0 THEN 1.0 WHEN 1 THEN 8.0 WHEN 2 THEN -2.0 ELSE -10.0 END,
                    'asserted', {DayAfter2015(string.Create(CultureInfo.InvariantCulture, $"i * 3650 / {count}"))}, 0, 0, 0, 'benchmark', 1.0,
                    CASE WHEN i % 7 IN (0, 1) THEN 'f' || (i / 7) ELSE NULL END
                FROM seq
                """), tx))
            {
                cmd.CommandTimeout = 3600;
                await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(last + 1);
        }

        await ExecuteAsync(AnalyzeStatement, cancellationToken).ConfigureAwait(false);
        return "benchmark";
    }

    /// <summary>A common table expression seq(i) counting from <paramref name="first"/> to <paramref name="last"/>.</summary>
    private protected abstract string Sequence(long first, long last);

    /// <summary>The statement that refreshes the planner's statistics.</summary>
    private protected virtual string AnalyzeStatement => "ANALYZE";

    private static string Pick(string index, string[] values) =>
        "CASE " + index + string.Concat(values.Select((c, k) => string.Create(CultureInfo.InvariantCulture, $" WHEN {k} THEN '{c}'"))) + " END";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Row>> StatsAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<Row>();
        foreach (var table in new[] { "articles", "mentions", "events", "quotes", "treaty_actions", "runs", "failures" })
        {
            var n = await ScalarAsync($"SELECT COUNT(*) FROM {table}", cancellationToken).ConfigureAwait(false);
            rows.Add(new Row().Add("item", table).Add("count", Convert.ToInt64(n, CultureInfo.InvariantCulture)));
        }

        var copies = await ScalarAsync("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL", cancellationToken).ConfigureAwait(false);
        rows.Add(new Row().Add("item", "articles copying another (duplicates)").Add("count", Convert.ToInt64(copies, CultureInfo.InvariantCulture)));
        var fused = await ScalarAsync("SELECT COUNT(DISTINCT COALESCE(fusion_key, article_id || ':' || idx)) FROM events", cancellationToken).ConfigureAwait(false);
        rows.Add(new Row().Add("item", "distinct events (fused)").Add("count", Convert.ToInt64(fused, CultureInfo.InvariantCulture)));
        rows.Add(new Row().Add("item", "database").Add("count", _description));
        return rows;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    private static void AddArticle(StringBuilder sql, List<(string, object?)> args, QueryFilter filter, string column)
    {
        if (filter.Article is { } article)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {column}=@article");
            args.Add(("@article", article));
        }
    }

    private static void AddDateRange(StringBuilder sql, List<(string, object?)> args, QueryFilter filter, string column)
    {
        // Dates are ISO 8601 prefixes: "2019" and "2019-02" sort before "2019-02-01", so a prefix is kept when
        // the period it names overlaps the range.
        if (filter.From is { } from)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {column} IS NOT NULL AND {column} >= substr(@from, 1, length({column}))");
            args.Add(("@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (filter.To is { } to)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND {column} IS NOT NULL AND {column} <= @to");
            args.Add(("@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
    }

    private async Task<IReadOnlyList<Row>> QueryAsync(StringBuilder sql, List<(string Name, object? Value)> args, QueryFilter filter, CancellationToken ct)
    {
        sql.Append(" LIMIT @limit OFFSET @offset");
        using var cmd = Command(sql.ToString());
        foreach (var (name, value) in args)
        {
            AddParameter(cmd, name, value ?? DBNull.Value);
        }

        AddParameter(cmd, "@limit", filter.Limit);
        AddParameter(cmd, "@offset", filter.Offset);
        var rows = new List<Row>();
        using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var row = new Row();
            for (int i = 0; i < reader.FieldCount; i++)
            {
                row.Add(reader.GetName(i), reader.IsDBNull(i) ? null : reader.GetValue(i));
            }

            rows.Add(row);
        }

        return rows;
    }

    private protected DbCommand Command(string sql, DbTransaction? tx = null)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private protected async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        using var cmd = Command(sql);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private protected async Task<object?> ScalarAsync(string sql, CancellationToken ct)
    {
        using var cmd = Command(sql);
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }

    private static DbParameter[] Params(DbCommand cmd, params string[] names) =>
        [.. names.Select(n => AddParameter(cmd, n, null))];

    private static DbParameter AddParameter(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return p;
    }

    private static void Set(DbParameter[] parameters, params object?[] values)
    {
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
