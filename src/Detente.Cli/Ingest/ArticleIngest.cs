using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Sources;
using Detente.Sources.Dedup;
using Detente.Sources.Language;
using Detente.Storage;

namespace Detente.Cli.Ingest;

/// <summary>
/// The way into the store shared by analyze and watch: the language gate, the content-hash check that makes
/// ingest idempotent, and duplicate detection. A copy (exact, or near: a syndicated story with edits) is stored
/// as itself with <c>duplicate_of</c> naming the first-seen original, and is analysed with the original's given
/// date as its reference date — the copied text speaks from the original's day — so its events get the same
/// fusion keys as the original's and count once; where an edit changed how a sentence is coded, the copy's event
/// takes the key of the original's event reported in the same words (<see cref="CopyFusion"/>). The duplicate
/// index is rebuilt from the store's fingerprints.
/// Calls must come one at a time, in input order (the first seen of two copies is the original).
/// </summary>
internal sealed class ArticleIngest
{
    private readonly IDetenteStore? _store;
    private readonly EnglishGate _language;
    private readonly bool _reprocess;
    private readonly DuplicateIndex _duplicates = new(new MinHasher());
    private readonly Dictionary<string, DateOnly> _givenDates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<EventAnchor>> _anchors = new(StringComparer.Ordinal);

    private ArticleIngest(IDetenteStore? store, EnglishGate language, bool reprocess)
    {
        _store = store;
        _language = language;
        _reprocess = reprocess;
    }

    /// <summary>Creates the ingest over <paramref name="store"/> (null: nothing stored, copies found within the run).</summary>
    public static async Task<ArticleIngest> CreateAsync(IDetenteStore? store, EnglishGate language, bool reprocess, CancellationToken cancellationToken)
    {
        var ingest = new ArticleIngest(store, language, reprocess);
        if (store is not null)
        {
            foreach (var f in await store.FingerprintsAsync(cancellationToken).ConfigureAwait(false))
            {
                ingest._duplicates.Restore(f.ArticleId, f.TextKey, MinHashSignature.FromBytes(Convert.FromBase64String(f.MinHash)), f.DuplicateOf);
                if (f.DuplicateOf is null && f.GivenDate is { } d)
                {
                    ingest._givenDates[f.ArticleId] = d;
                }
            }
        }

        return ingest;
    }

    /// <summary>Checks one input before analysis.</summary>
    public async Task<PreparedArticle> PrepareAsync(SourceItem item, CancellationToken cancellationToken)
    {
        if (item.Article is not { } article)
        {
            return new PreparedArticle(item, IngestAction.Failed, item.Error, DuplicateVerdict.Unique, null);
        }

        if (_language.SkipReason(article) is { } reason)
        {
            return new PreparedArticle(item, IngestAction.Skipped, reason, DuplicateVerdict.Unique, null);
        }

        if (_store is not null && !_reprocess && await _store.HasContentAsync(article.Id, article.ContentHash, cancellationToken).ConfigureAwait(false))
        {
            return new PreparedArticle(item, IngestAction.Unchanged, null, DuplicateVerdict.Unique, null);
        }

        var key = DuplicateIndex.ExactKey(article.Text);
        var signature = _duplicates.Sign(article.Text);
        var verdict = _duplicates.Observe(article.Id, key, signature);
        if (verdict.OriginalId is { } original)
        {
            article = article with
            {
                DuplicateOf = original,
                Published = _givenDates.TryGetValue(original, out var date) ? date : article.Published,
            };
        }
        else if (article.Published is { } published)
        {
            _givenDates[article.Id] = published;
        }

        var fingerprint = new ArticleFingerprint(key, Convert.ToBase64String(signature.ToBytes()), verdict.OriginalId is null ? null : Math.Round(verdict.Jaccard, 3));
        return new PreparedArticle(item with { Article = article }, IngestAction.Analyse, null, verdict, fingerprint);
    }

    /// <summary>
    /// Completes an analysed article: a copy's events are fused with its original's (<see cref="CopyFusion"/>),
    /// then the document is stored with its fingerprint (when there is a store). Returns the final document.
    /// </summary>
    public async Task<(Document Document, StoreOutcome? Outcome)> CompleteAsync(PreparedArticle prepared, PipelineResult result, long runId, CancellationToken cancellationToken)
    {
        var document = await AlignAsync(prepared, result, cancellationToken).ConfigureAwait(false);
        if (_store is null)
        {
            return (document, null);
        }

        var outcome = await _store.StoreAsync(document, result.Failures, runId, prepared.Fingerprint, cancellationToken).ConfigureAwait(false);
        return (document, outcome);
    }

    /// <summary>
    /// The analysed document as it is to be stored: a copy's events fused with its original's, which must be
    /// stored already when there is a store. The caller stores it with <see cref="PreparedArticle.Fingerprint"/>.
    /// </summary>
    public async Task<Document> AlignAsync(PreparedArticle prepared, PipelineResult result, CancellationToken cancellationToken)
    {
        var document = result.Document;
        if (prepared.Verdict.OriginalId is { } original && !document.Events.IsEmpty)
        {
            document = CopyFusion.Align(document, await OriginalAnchorsAsync(original, cancellationToken).ConfigureAwait(false));
        }
        else if (_store is null && prepared.Verdict.OriginalId is null)
        {
            _anchors[document.Article.Id] = CopyFusion.Anchors(document);
        }

        return document;
    }

    private async Task<IReadOnlyList<EventAnchor>> OriginalAnchorsAsync(string originalId, CancellationToken ct)
    {
        if (_store is null)
        {
            return _anchors.GetValueOrDefault(originalId) ?? [];
        }

        var rows = await _store.EventsAsync(new QueryFilter { Article = originalId, Limit = 100_000 }, ct).ConfigureAwait(false);
        return [.. rows.Where(r => r["fusion_key"] is string)
            .Select(r => new EventAnchor((string?)r["evidence"] ?? "", (string)r["cameo"]!, (string)r["modality"]!, (string)r["fusion_key"]!))];
    }

    /// <summary>A short phrase saying what an article copies, or null for an original: "near copy of web-… (similarity 0.71)".</summary>
    public static string? DescribeCopy(PreparedArticle prepared) => prepared.Verdict.Kind switch
    {
        DuplicateKind.Exact => "exact copy of " + prepared.Verdict.OriginalId,
        DuplicateKind.Near => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"near copy of {prepared.Verdict.OriginalId} (similarity {prepared.Verdict.Jaccard:0.00})"),
        _ => null,
    };
}
