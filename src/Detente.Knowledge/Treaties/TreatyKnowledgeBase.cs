using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Detente.Knowledge.Treaties;

/// <summary>
/// The agreements, their lifecycles and the state successions, loaded once from <c>data/kb/treaties/</c> and
/// shared read-only.
/// </summary>
public sealed class TreatyKnowledgeBase
{
    private readonly FrozenDictionary<string, TreatyRecord> _byId;

    /// <summary>Creates a knowledge base from records already read.</summary>
    /// <exception cref="TreatyDataException">Two records share an id.</exception>
    public TreatyKnowledgeBase(IEnumerable<TreatyRecord> treaties, IEnumerable<Succession> successions)
    {
        Treaties = [.. treaties.OrderBy(t => t.Id, StringComparer.Ordinal)];
        Successions = [.. successions];
        var byId = new Dictionary<string, TreatyRecord>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in Treaties)
        {
            if (!byId.TryAdd(t.Id, t))
            {
                throw new TreatyDataException($"{t.Origin}:1: treaty id '{t.Id}' is also used by {byId[t.Id].Origin}");
            }
        }

        _byId = byId.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every agreement, ordered by id.</summary>
    public ImmutableArray<TreatyRecord> Treaties { get; }

    /// <summary>States whose treaty roles passed to others.</summary>
    public ImmutableArray<Succession> Successions { get; }

    /// <summary>The folder of the treaty knowledge base inside a data directory.</summary>
    public static string FolderIn(string dataDirectory) => Path.Combine(dataDirectory, "kb", "treaties");

    /// <summary>Loads every <c>*.treaty</c> file with <c>sources.txt</c> and <c>successions.txt</c>.</summary>
    /// <exception cref="TreatyDataException">A file is malformed; the message names file and line.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder is missing.</exception>
    public static TreatyKnowledgeBase Load(string dataDirectory)
    {
        string folder = FolderIn(dataDirectory);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"treaty knowledge base not found: {folder}");
        }

        var reader = new TreatyFileReader(TreatyFileReader.ReadSources(Path.Combine(folder, "sources.txt")));
        var successions = reader.ReadSuccessions(Path.Combine(folder, "successions.txt"));
        var files = Directory.GetFiles(folder, "*.treaty").OrderBy(f => f, StringComparer.Ordinal);
        return new TreatyKnowledgeBase(files.Select(f => reader.ReadTreaty(f, successions)), successions);
    }

    /// <summary>The agreement with this id (case-insensitive), or null.</summary>
    public TreatyRecord? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The agreement with this id or alias (case-insensitive), or null.</summary>
    public TreatyRecord? FindByName(string name) =>
        Find(name) ?? Treaties.FirstOrDefault(t => t.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// The party seat a state occupies: the earliest predecessor whose role it inherited (RUS → SUN), so that
    /// events by the USSR and by Russia fall on one seat.
    /// </summary>
    public string Seat(string party)
    {
        foreach (var s in Successions)
        {
            if (string.Equals(s.Successor, party, StringComparison.Ordinal))
            {
                return Seat(s.Predecessor);
            }
        }

        return party;
    }

    /// <summary>The state that holds <paramref name="seat"/> on <paramref name="date"/> (SUN before 1991-12-26, RUS after).</summary>
    public string Holder(string seat, DateOnly date)
    {
        foreach (var s in Successions)
        {
            if (string.Equals(s.Predecessor, seat, StringComparison.Ordinal) && date >= s.Date)
            {
                return Holder(s.Successor, date);
            }
        }

        return seat;
    }
}
