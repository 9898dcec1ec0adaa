using System.Collections.Frozen;
using System.Globalization;

namespace Detente.Nlp.Events;

/// <summary>The CAMEO codebook (names, Goldstein weights, classes) joined with the CAMEO to PLOVER map.</summary>
public sealed class CameoCodebook
{
    private readonly FrozenDictionary<string, CameoEntry> _entries;

    private CameoCodebook(FrozenDictionary<string, CameoEntry> entries, PloverLabels labels)
    {
        _entries = entries;
        Labels = labels;
    }

    /// <summary>The PLOVER types with their classes and most general CAMEO codes.</summary>
    public PloverLabels Labels { get; }

    /// <summary>Every code.</summary>
    public IEnumerable<CameoEntry> Entries => _entries.Values;

    /// <summary>
    /// Loads data/events/cameo-codes.tsv, cameo-plover.tsv and plover-quad.tsv from <paramref name="dataDirectory"/>. A code
    /// with a PLOVER type takes the type's quad class from the PLOVER manual (PROTEST is material conflict, CONCEDE
    /// verbal cooperation); a code without one (root 01) keeps its CAMEO class.
    /// </summary>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    public static CameoCodebook Load(string dataDirectory)
    {
        var dir = Path.Combine(dataDirectory, "events");
        var plover = new Dictionary<string, (string Type, string? Mode, string? Context)>(StringComparer.Ordinal);
        var mapPath = Path.Combine(dir, "cameo-plover.tsv");
        foreach (var (line, f) in TsvReader.Read(mapPath))
        {
            if (f.Length < 2 || f[1].Length == 0)
            {
                throw TsvReader.Bad(mapPath, line, "expected code<TAB>type[<TAB>mode<TAB>context]");
            }

            plover[f[0]] = (f[1], Empty(f, 2), Empty(f, 3));
        }

        var labels = PloverLabels.Load(dataDirectory);
        var entries = new Dictionary<string, CameoEntry>(StringComparer.Ordinal);
        var codesPath = Path.Combine(dir, "cameo-codes.tsv");
        foreach (var (line, f) in TsvReader.Read(codesPath))
        {
            if (f.Length < 4
                || !double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein)
                || !int.TryParse(f[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var quad))
            {
                throw TsvReader.Bad(codesPath, line, "expected code<TAB>goldstein<TAB>class<TAB>name");
            }

            var code = f[0];
            var map = NearestMapped(plover, code);
            var type = map?.Type;
            entries[code] = new CameoEntry(code, f[3], goldstein, type is null ? quad : labels.ClassOf(type) ?? quad, type, map?.Mode, map?.Context);
        }

        return new CameoCodebook(entries.ToFrozenDictionary(StringComparer.Ordinal), labels);
    }

    /// <summary>The entry for <paramref name="code"/>, or for its nearest listed parent; null when the root is unknown.</summary>
    public CameoEntry? Find(string code)
    {
        for (int len = code.Length; len >= 2; len--)
        {
            if (_entries.TryGetValue(code[..len], out var e))
            {
                return len == code.Length ? e : e with { Code = code };
            }
        }

        return null;
    }

    private static (string Type, string? Mode, string? Context)? NearestMapped(
        Dictionary<string, (string Type, string? Mode, string? Context)> map, string code)
    {
        for (int len = code.Length; len >= 2; len--)
        {
            if (map.TryGetValue(code[..len], out var m))
            {
                return m;
            }
        }

        return null;
    }

    private static string? Empty(string[] f, int i) => i < f.Length && f[i].Trim().Length > 0 ? f[i].Trim() : null;
}
