using Detente.Sources;
using Detente.Sources.Dedup;
using Detente.Storage;

namespace Detente.Cli.Ingest;

/// <summary>An input checked before analysis: its article (a copy names its original), and what to do with it.</summary>
/// <param name="Item">The input, its article carrying <c>DuplicateOf</c> when it copies an earlier one.</param>
/// <param name="Action">What to do with it.</param>
/// <param name="Message">Why it failed or is skipped, when it is.</param>
/// <param name="Verdict">The duplicate check.</param>
/// <param name="Fingerprint">What to store for later duplicate checks.</param>
internal sealed record PreparedArticle(SourceItem Item, IngestAction Action, string? Message, DuplicateVerdict Verdict, ArticleFingerprint? Fingerprint);
