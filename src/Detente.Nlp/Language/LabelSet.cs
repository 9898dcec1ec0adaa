namespace Detente.Nlp.Language;

/// <summary>An ordered set of class names (tags, relations) with their integer ids.</summary>
public sealed class LabelSet
{
    private readonly string[] _names;
    private readonly Dictionary<string, int> _ids;

    /// <summary>Creates the set from names in id order.</summary>
    public LabelSet(IEnumerable<string> names)
    {
        _names = [.. names];
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _names.Length; i++)
        {
            _ids[_names[i]] = i;
        }
    }

    /// <summary>Number of names.</summary>
    public int Count => _names.Length;

    /// <summary>The names in id order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The name of <paramref name="id"/>.</summary>
    public string this[int id] => _names[id];

    /// <summary>The id of <paramref name="name"/>, or -1.</summary>
    public int IdOf(string name) => _ids.TryGetValue(name, out var id) ? id : -1;

    /// <summary>The distinct values in order of first appearance, sorted ordinally for a stable model.</summary>
    public static LabelSet FromValues(IEnumerable<string> values) =>
        new(values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
