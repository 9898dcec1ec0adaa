namespace Detente.Nlp.Events;

/// <summary>
/// PLOVER types with their quad classes (as the PLOVER manual gives them), the most general CAMEO code of each type,
/// and the older or coarser labels that gold sets use (data/events/plover-quad.tsv).
/// </summary>
public sealed class PloverLabels
{
    private readonly Dictionary<string, int> _class = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _cameo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _alias = new(StringComparer.Ordinal);
    private readonly HashSet<(string Alias, string Type)> _covers = [];

    private PloverLabels()
    {
    }

    /// <summary>The current types, in file order.</summary>
    public IReadOnlyList<string> Types { get; private set; } = [];

    /// <summary>Loads data/events/plover-quad.tsv.</summary>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    public static PloverLabels Load(string dataDirectory)
    {
        var labels = new PloverLabels();
        var types = new List<string>();
        var path = Path.Combine(dataDirectory, "events", "plover-quad.tsv");
        foreach (var (line, f) in TsvReader.Read(path))
        {
            if (f.Length < 3 || f[2].Length < 2 || !int.TryParse(f[1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var quad))
            {
                throw TsvReader.Bad(path, line, "expected type<TAB>class<TAB>cameo[<TAB>aliases]");
            }

            types.Add(f[0]);
            labels._class[f[0]] = quad;
            labels._cameo[f[0]] = f[2];
            if (f.Length > 3)
            {
                foreach (var a in f[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    labels._alias.TryAdd(a, f[0]);
                    labels._covers.Add((a, f[0]));
                }
            }
        }

        labels.Types = types;
        return labels;
    }

    /// <summary>The current type for a gold label (DEMAND -> REQUEST, FIGHT -> ASSAULT ...); the label itself when current.</summary>
    public string Current(string label) => _alias.TryGetValue(label, out var t) ? t : label;

    /// <summary>True when <paramref name="label"/> is <paramref name="type"/> or one of its aliases (PLV's YIELD covers CONCEDE and RETREAT).</summary>
    public bool Covers(string label, string? type) => type is not null && (label == type || _covers.Contains((label, type)));

    /// <summary>The class of a type or alias, or null.</summary>
    public int? ClassOf(string label) => _class.TryGetValue(Current(label), out var q) ? q : null;

    /// <summary>The most general CAMEO code of a type or alias, or null.</summary>
    public string? CameoOf(string label) => _cameo.TryGetValue(Current(label), out var c) ? c : null;
}
