using Detente.Knowledge;

namespace Detente.Nlp.Temporal;

/// <summary>
/// The knowledge base's dated roles seen as <see cref="IOfficeTenures"/>: every term of every person, named the
/// way news names the office ("US president", "Russian foreign minister", "secretary of state").
/// </summary>
public sealed class KnowledgeBaseTenures : IOfficeTenures
{
    private readonly OfficeTenureTable _table;

    /// <summary>Builds the table from <paramref name="kb"/>.</summary>
    public KnowledgeBaseTenures(KnowledgeBase kb)
    {
        var tenures = new List<OfficeTenure>();
        foreach (var t in kb.Tenures)
        {
            var person = kb.Person(t.PersonId);
            if (person is null)
            {
                continue;
            }

            var state = kb.State(t.Of);
            var prefixes = state is null
                ? [string.Empty]
                : new[] { state.Iso2, state.Name }.Concat(state.Variants.Where(v => v.Length <= 12)).Concat(state.Demonyms.Take(1))
                    .Where(p => p.Length > 0).Select(p => p + " ").Distinct(StringComparer.Ordinal).Append(string.Empty).ToArray();
            foreach (var office in kb.Offices.Where(o => o.Office == t.Office && o.AppliesTo(t.Of)))
            {
                foreach (var prefix in office.Countries.Count > 0 ? [string.Empty] : prefixes)
                {
                    tenures.Add(new OfficeTenure(person.Name, prefix + office.Phrase, t.Start, t.End));
                }
            }
        }

        _table = new OfficeTenureTable(tenures);
    }

    /// <inheritdoc />
    public IReadOnlyList<OfficeTenure> TenuresOf(string name) => _table.TenuresOf(name);
}
