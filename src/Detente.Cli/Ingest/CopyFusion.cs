using Detente.Core.Model;
using Detente.Sources.Dedup;

namespace Detente.Cli.Ingest;

/// <summary>
/// Fuses a copy's events with its original's. Most share a fusion key already (same actors, CAMEO root,
/// polarity and date), but an edit can change how a sentence is coded ("two research vessels" becoming "a pair
/// of research vessels" may move a target). An event of the copy whose key the original lacks takes the key of
/// the original's event whose evidence words (nearly) all appear in its own evidence, or the other way round
/// (evidence spans of one sentence grow and shrink with the parse), with the same CAMEO root and modality: the same
/// sentence of the same story reports the same event, and counting it twice is what copies must not do.
/// </summary>
internal static class CopyFusion
{
    /// <summary>Least share of the shorter evidence's words the other must contain for the two to be the same report.</summary>
    public const double MinOverlap = 0.8;

    /// <summary>The anchors of a document's events.</summary>
    public static IReadOnlyList<EventAnchor> Anchors(Document document) =>
        [.. document.Events.Where(e => e.FusionKey is not null)
            .Select(e => new EventAnchor(document.Slice(e.Evidence), e.Cameo, e.Modality.ToString().ToLowerInvariant(), e.FusionKey!))];

    /// <summary>The copy with its events' fusion keys aligned to the original's where they report the same thing.</summary>
    public static Document Align(Document copy, IReadOnlyList<EventAnchor> original)
    {
        var originalKeys = original.Select(a => a.FusionKey).ToHashSet(StringComparer.Ordinal);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in copy.Events)
        {
            if (e.FusionKey is not { } key || originalKeys.Contains(key) || map.ContainsKey(key))
            {
                continue;
            }

            var words = Words(copy.Slice(e.Evidence));
            var modality = e.Modality.ToString().ToLowerInvariant();
            var best = original
                .Where(o => Root(o.Cameo) == Root(e.Cameo) && o.Modality == modality)
                .Select(o => (Anchor: o, Overlap: Overlap(words, Words(o.Evidence))))
                .Where(x => x.Overlap >= MinOverlap)
                .OrderByDescending(x => x.Overlap)
                .FirstOrDefault();
            if (best.Anchor is not null)
            {
                map[key] = best.Anchor.FusionKey;
            }
        }

        if (map.Count == 0)
        {
            return copy;
        }

        return copy with { Events = [.. copy.Events.Select(e => e.FusionKey is { } k && map.TryGetValue(k, out var m) ? e with { FusionKey = m } : e)] };
    }

    private static HashSet<string> Words(string text) => [.. TextNormalizer.Words(text)];

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        int common = a.Count(b.Contains);
        return (double)common / Math.Min(a.Count, b.Count);
    }

    private static string Root(string cameo) => cameo.Length >= 2 ? cameo[..2] : cameo;
}
