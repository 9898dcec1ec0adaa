using System.Security.Cryptography;
using System.Text;

namespace Detente.Sources.Dedup;

/// <summary>
/// Finds exact and near duplicates among articles as they arrive. Exact: SHA-256 of the normalised text.
/// Near: MinHash signatures bucketed by locality-sensitive hashing (bands of rows), candidates confirmed when
/// the estimated Jaccard similarity or containment passes a threshold. Copies point at the first-seen
/// original, so syndicated copies of one wire story all resolve to one article. Thread-safe.
/// </summary>
public sealed class DuplicateIndex
{
    private readonly MinHasher _hasher;
    private readonly int _rows;
    private readonly double _jaccardThreshold;
    private readonly double _containmentThreshold;
    private readonly int _minShingles;
    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MinHashSignature> _signatures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _originalOf = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Band, ulong Key), List<string>> _buckets = [];
    private readonly Lock _gate = new();

    /// <summary>The least estimated Jaccard similarity of a near copy, by default.</summary>
    public const double DefaultJaccard = 0.5;

    /// <summary>
    /// The least estimated containment of a cut-down copy, by default: on the labelled corpus of
    /// <c>detente eval dedup</c>, distinct stories on one topic reach 0.15 and copies cut to half with edits 0.6.
    /// </summary>
    public const double DefaultContainment = 0.6;

    /// <summary>Creates an index.</summary>
    /// <param name="hasher">The MinHash hasher (its function count must divide by <paramref name="rowsPerBand"/>).</param>
    /// <param name="rowsPerBand">Signature rows per LSH band; fewer rows find more candidates (2 rows of 128 find a pair
    /// with Jaccard 0.3, a typical cut-down copy, with probability above 0.99).</param>
    /// <param name="jaccardThreshold">Least estimated Jaccard similarity for a near copy.</param>
    /// <param name="containmentThreshold">Least estimated containment (for cut-down copies).</param>
    /// <param name="minShingles">Texts with fewer shingles are only checked for exact copies.</param>
    public DuplicateIndex(MinHasher hasher, int rowsPerBand = 2, double jaccardThreshold = DefaultJaccard, double containmentThreshold = DefaultContainment, int minShingles = 20)
    {
        if (hasher.Functions % rowsPerBand != 0)
        {
            throw new ArgumentException($"{hasher.Functions} hash functions do not split into bands of {rowsPerBand}", nameof(rowsPerBand));
        }

        _hasher = hasher;
        _rows = rowsPerBand;
        _jaccardThreshold = jaccardThreshold;
        _containmentThreshold = containmentThreshold;
        _minShingles = minShingles;
    }

    /// <summary>Number of articles indexed.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _signatures.Count;
            }
        }
    }

    /// <summary>The exact-duplicate key of a text: SHA-256 (hex) of its normalised form.</summary>
    public static string ExactKey(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TextNormalizer.Normalize(text))));

    /// <summary>
    /// Checks <paramref name="text"/> against everything indexed except <paramref name="id"/> itself and its copies,
    /// then indexes it under <paramref name="id"/>.
    /// </summary>
    public DuplicateVerdict Observe(string id, string text) => Observe(id, ExactKey(text), _hasher.Sign(text));

    /// <summary>As <see cref="Observe(string, string)"/>, with the text's exact key and signature computed already (to store them too).</summary>
    public DuplicateVerdict Observe(string id, string key, MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        lock (_gate)
        {
            var verdict = CheckLocked(id, key, signature);
            AddLocked(id, key, signature, verdict.OriginalId);
            return verdict;
        }
    }

    /// <summary>Checks <paramref name="text"/> without indexing it.</summary>
    public DuplicateVerdict Check(string text)
    {
        var key = ExactKey(text);
        var signature = _hasher.Sign(text);
        lock (_gate)
        {
            return CheckLocked(null, key, signature);
        }
    }

    /// <summary>Re-indexes an article from stored values (after a restart); <paramref name="originalId"/> when it was a copy.</summary>
    public void Restore(string id, string exactKey, MinHashSignature signature, string? originalId)
    {
        lock (_gate)
        {
            AddLocked(id, exactKey, signature, originalId);
        }
    }

    /// <summary>The signature the index uses for <paramref name="text"/> (to store beside the article).</summary>
    public MinHashSignature Sign(string text) => _hasher.Sign(text);

    private DuplicateVerdict CheckLocked(string? id, string key, MinHashSignature signature)
    {
        if (_exact.TryGetValue(key, out var same) && same != id && Root(same) != id)
        {
            return new DuplicateVerdict(DuplicateKind.Exact, Root(same), 1, 1);
        }

        if (signature.ShingleCount < _minShingles)
        {
            return DuplicateVerdict.Unique;
        }

        string? best = null;
        double bestJ = 0, bestC = 0;
        foreach (var candidate in Candidates(signature))
        {
            if (candidate == id || Root(candidate) == id)
            {
                continue; // the article itself, seen again (analysed anew), or a copy of it
            }

            var other = _signatures[candidate];
            double j = signature.Jaccard(other);
            double c = signature.Containment(other);
            if ((j >= _jaccardThreshold || c >= _containmentThreshold) && (j > bestJ || (j == bestJ && c > bestC)))
            {
                (best, bestJ, bestC) = (candidate, j, c);
            }
        }

        return best is null ? DuplicateVerdict.Unique : new DuplicateVerdict(DuplicateKind.Near, Root(best), bestJ, bestC);
    }

    private HashSet<string> Candidates(MinHashSignature signature)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        for (int band = 0; band < signature.Values.Length / _rows; band++)
        {
            if (_buckets.TryGetValue((band, BandKey(signature, band)), out var ids))
            {
                result.UnionWith(ids);
            }
        }

        return result;
    }

    private void AddLocked(string id, string key, MinHashSignature signature, string? originalId)
    {
        _exact.TryAdd(key, id);
        _signatures[id] = signature;
        if (originalId is not null && originalId != id)
        {
            _originalOf[id] = originalId;
        }

        if (signature.ShingleCount < _minShingles)
        {
            return;
        }

        for (int band = 0; band < signature.Values.Length / _rows; band++)
        {
            var k = (band, BandKey(signature, band));
            if (!_buckets.TryGetValue(k, out var ids))
            {
                _buckets[k] = ids = [];
            }

            ids.Add(id);
        }
    }

    private string Root(string id)
    {
        var current = id;
        for (int guard = 0; guard < 64 && _originalOf.TryGetValue(current, out var up); guard++)
        {
            current = up;
        }

        return current;
    }

    private ulong BandKey(MinHashSignature signature, int band)
    {
        ulong h = 14695981039346656037UL;
        for (int r = band * _rows; r < (band + 1) * _rows; r++)
        {
            h = (h ^ signature.Values[r]) * 1099511628211UL;
        }

        return h;
    }
}
