namespace Detente.Nlp.Temporal;

/// <summary>
/// <see cref="IOfficeTenures"/> over an in-memory list, found by full name or by a surname only one listed
/// person has. The knowledge base provides the full implementation; this one serves small tables and tests.
/// </summary>
public sealed class OfficeTenureTable : IOfficeTenures
{
    private readonly Dictionary<string, List<OfficeTenure>> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the table from <paramref name="tenures"/>.</summary>
    public OfficeTenureTable(IEnumerable<OfficeTenure> tenures)
    {
        var surnameOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in tenures)
        {
            Add(t.Person, t);
            var surname = t.Person[(t.Person.LastIndexOf(' ') + 1)..];
            if (surnameOwners.TryGetValue(surname, out var owner) && !owner.Equals(t.Person, StringComparison.OrdinalIgnoreCase))
            {
                ambiguous.Add(surname);
            }

            surnameOwners[surname] = t.Person;
        }

        foreach (var (surname, person) in surnameOwners)
        {
            if (!ambiguous.Contains(surname) && !surname.Equals(person, StringComparison.OrdinalIgnoreCase))
            {
                _byName[surname] = _byName[person];
            }
        }
    }

    /// <summary>A table with no entries.</summary>
    public static OfficeTenureTable Empty { get; } = new([]);

    /// <inheritdoc />
    public IReadOnlyList<OfficeTenure> TenuresOf(string name) => _byName.TryGetValue(name, out var list) ? list : [];

    private void Add(string name, OfficeTenure tenure)
    {
        if (!_byName.TryGetValue(name, out var list))
        {
            _byName[name] = list = [];
        }

        list.Add(tenure);
    }
}
