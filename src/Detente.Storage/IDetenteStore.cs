using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Storage;

/// <summary>
/// Where analysed documents live. Each article is stored in one transaction with all its layers, so a crash
/// never leaves half an article; storing the same content again changes nothing.
/// </summary>
public interface IDetenteStore : IAsyncDisposable
{
    /// <summary>Creates or migrates the schema.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Records the start of a run; returns its id.</summary>
    Task<long> BeginRunAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>Records the end of a run.</summary>
    Task FinishRunAsync(long runId, RunSummary summary, CancellationToken cancellationToken = default);

    /// <summary>True when an article with this id and content hash is stored already.</summary>
    Task<bool> HasContentAsync(string articleId, string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Stores a document and its layers in one transaction, with any stage failures.</summary>
    Task<StoreOutcome> StoreAsync(Document document, IReadOnlyList<StageFailure> failures, long runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores several documents in one transaction: all of them or, on an error, none. The outcomes come back in
    /// the order of <paramref name="requests"/>; a later request for an article id already in the batch sees the
    /// earlier one as stored.
    /// </summary>
    Task<IReadOnlyList<StoreOutcome>> StoreBatchAsync(IReadOnlyList<StoreRequest> requests, long runId, CancellationToken cancellationToken = default);

    /// <summary>Stored articles, newest reference date first.</summary>
    Task<IReadOnlyList<Row>> ArticlesAsync(QueryFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The stored document JSON (machine interface, with tokens) of one article, or null.</summary>
    Task<string?> ArticleJsonAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Stored events.</summary>
    Task<IReadOnlyList<Row>> EventsAsync(QueryFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Stored quotes.</summary>
    Task<IReadOnlyList<Row>> QuotesAsync(QueryFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Actors mentioned, with mention counts.</summary>
    Task<IReadOnlyList<Row>> ActorsAsync(QueryFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Stored treaty actions.</summary>
    Task<IReadOnlyList<Row>> TreatyActionsAsync(QueryFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Events between two countries (either direction) per period: counts per quad class, Goldstein sum and mean.
    /// Events sharing a fusion key count once. Rows: period, events, verbal_cooperation, material_cooperation,
    /// verbal_conflict, material_conflict, goldstein_sum, goldstein_mean.
    /// </summary>
    Task<IReadOnlyList<Row>> DyadSeriesAsync(string countryA, string countryB, SeriesInterval interval, QueryFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Articles whose title or text match a full-text query, best first.</summary>
    Task<IReadOnlyList<Row>> SearchAsync(string query, QueryFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Counts of everything stored, and the runs.</summary>
    Task<IReadOnlyList<Row>> StatsAsync(CancellationToken cancellationToken = default);
}
