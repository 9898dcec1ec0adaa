namespace Detente.Nlp.Events.Evaluation;

/// <summary>PLOVER types with their classes and the older or coarser labels that gold sets use (data/events/plover-quad.tsv).</summary>
public sealed class PloverLabels
{
    private readonly Dictionary<string, int> _class = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _alias = new(StringComparer.Ordinal);

    private PloverLabels()
    {
    }

    /// <summary>Loads data/events/plover-quad.tsv.</summary>
    public static PloverLabels Load(string dataDirectory)
    {
        var labels = new PloverLabels();
        var path = Path.Combine(dataDirectory, "events", "plover-quad.tsv");
        foreach (var (line, f) in TsvReader.Read(path))
        {
            if (f.Length < 2 || !int.TryParse(f[1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var quad))
            {
                throw TsvReader.Bad(path, line, "expected type<TAB>class[<TAB>aliases]");
            }

            labels._class[f[0]] = quad;
            if (f.Length > 2)
            {
                foreach (var a in f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    labels._alias.TryAdd(a, f[0]);
                }
            }
        }

        return labels;
    }

    /// <summary>The current type for a gold label (DEMAND -> REQUEST, FIGHT -> ASSAULT ...); the label itself when current.</summary>
    public string Current(string label) => _alias.TryGetValue(label, out var t) ? t : label;

    /// <summary>The class of a type or alias, or null.</summary>
    public int? ClassOf(string label) => _class.TryGetValue(Current(label), out var q) ? q : null;
}
