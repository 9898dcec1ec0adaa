using System.Globalization;
using Detente.Knowledge.Model;

namespace Detente.Knowledge.Loading;

/// <summary>
/// Loads the knowledge base from its folder of tab-separated files and validates it. Every problem is reported with
/// its file and line; loading fails (with <see cref="KnowledgeBaseException"/>) when there is any.
/// </summary>
public static class KnowledgeBaseLoader
{
    /// <summary>The files read, in order, with their columns.</summary>
    public static IReadOnlyList<(string File, string[] Columns)> Files { get; } =
    [
        ("states.tsv", ["iso3", "iso2", "cameo", "name", "variants", "demonyms", "capitals", "from", "to"]),
        ("organisations.tsv", ["id", "code", "name", "aliases", "nouns", "country", "sector", "source"]),
        ("memberships.tsv", ["org", "state", "from", "to", "source"]),
        ("metonyms.tsv", ["phrase", "actor", "sector", "role"]),
        ("offices.tsv", ["office", "sector", "phrase", "countries", "title"]),
        ("agents.tsv", ["noun", "plural", "sector", "kind", "offices"]),
        ("people.tsv", ["id", "name", "variants", "short", "gender", "country", "source"]),
        ("roles.tsv", ["person", "of", "office", "start", "end", "source"]),
        ("codes.tsv", ["person", "code", "from", "to", "source"]),
    ];

    /// <summary>Files that may be absent (an empty table then).</summary>
    public static IReadOnlySet<string> OptionalFiles { get; } = new HashSet<string>(StringComparer.Ordinal) { "codes.tsv" };

    /// <summary>Loads the knowledge base under <paramref name="dataDirectory"/>/kb.</summary>
    /// <exception cref="KnowledgeBaseException">A file is missing or has errors.</exception>
    public static KnowledgeBase Load(string dataDirectory)
    {
        var kb = TryLoad(Path.Combine(dataDirectory, "kb"), out var errors);
        return errors.Count > 0 ? throw new KnowledgeBaseException(errors) : kb!;
    }

    /// <summary>Loads and validates the files in <paramref name="kbDirectory"/>; returns null when there are errors.</summary>
    public static KnowledgeBase? TryLoad(string kbDirectory, out IReadOnlyList<KnowledgeBaseError> errors)
    {
        var list = new List<KnowledgeBaseError>();
        var tables = new Dictionary<string, IReadOnlyList<TsvRow>>(StringComparer.Ordinal);
        foreach (var (file, columns) in Files)
        {
            var path = Path.Combine(kbDirectory, file);
            if (!File.Exists(path))
            {
                if (OptionalFiles.Contains(file))
                {
                    tables[file] = [];
                    continue;
                }

                list.Add(new KnowledgeBaseError(file, 0, "file is missing from " + kbDirectory));
                tables[file] = [];
                continue;
            }

            tables[file] = TsvFile.Read(file, File.ReadLines(path), columns, list);
        }

        var builder = new Builder(list);
        var kb = builder.Build(tables);
        errors = list;
        return list.Count == 0 ? kb : null;
    }

    private sealed class Builder(List<KnowledgeBaseError> errors)
    {
        private readonly Dictionary<string, KbState> _states = new(StringComparer.Ordinal);
        private readonly Dictionary<string, KbOrganisation> _orgs = new(StringComparer.Ordinal);
        private readonly HashSet<string> _offices = new(StringComparer.Ordinal);
        private readonly Dictionary<string, KbPerson> _people = new(StringComparer.Ordinal);

        public KnowledgeBase Build(Dictionary<string, IReadOnlyList<TsvRow>> t)
        {
            foreach (var r in t["states.tsv"])
            {
                State(r);
            }

            foreach (var r in t["organisations.tsv"])
            {
                Organisation(r);
            }

            var memberships = t["memberships.tsv"].Select(Membership).OfType<Membership>().ToList();
            var metonyms = t["metonyms.tsv"].Select(Metonym).OfType<Metonym>().ToList();
            var offices = t["offices.tsv"].Select(Office).OfType<KbOffice>().ToList();
            var agents = t["agents.tsv"].Select(Agent).OfType<AgentNoun>().ToList();
            foreach (var r in t["people.tsv"])
            {
                Person(r);
            }

            var tenures = t["roles.tsv"].Select(Role).OfType<Tenure>().ToList();
            var codes = t["codes.tsv"].Select(Code).OfType<ActorCode>().ToList();
            return new KnowledgeBase(_states.Values.ToList(), _orgs.Values.ToList(), memberships, metonyms, offices, agents, _people.Values.ToList(), tenures, codes);
        }

        private void Error(string file, TsvRow row, string message) => errors.Add(new KnowledgeBaseError(file, row.Line, message));

        private bool Required(string file, TsvRow row, int index, string column)
        {
            if (row[index].Length > 0)
            {
                return true;
            }

            Error(file, row, $"column '{column}' is empty");
            return false;
        }

        private DateOnly? Date(string file, TsvRow row, int index, string column)
        {
            var s = row[index];
            if (s.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            Error(file, row, $"column '{column}' should be a date YYYY-MM-DD, got '{s}'");
            return null;
        }

        private bool KnownActor(string id) => _states.ContainsKey(id) || _orgs.ContainsKey(id);

        private void State(TsvRow r)
        {
            const string f = "states.tsv";
            if (!Required(f, r, 0, "iso3") || !Required(f, r, 3, "name"))
            {
                return;
            }

            var iso3 = r[0];
            if (iso3.Length != 3 || !iso3.All(char.IsAsciiLetterUpper))
            {
                Error(f, r, $"iso3 code '{iso3}' should be three capital letters");
                return;
            }

            if (r[1].Length != 0 && (r[1].Length != 2 || !r[1].All(char.IsAsciiLetterUpper)))
            {
                Error(f, r, $"iso2 code '{r[1]}' should be two capital letters");
            }

            if (_states.ContainsKey(iso3))
            {
                Error(f, r, $"state '{iso3}' is defined twice");
                return;
            }

            _states[iso3] = new KbState(iso3, r[1], r[2].Length > 0 ? r[2] : iso3, r[3], r.List(4), r.List(5), r.List(6), Date(f, r, 7, "from"), Date(f, r, 8, "to"));
        }

        private void Organisation(TsvRow r)
        {
            const string f = "organisations.tsv";
            if (!Required(f, r, 0, "id") || !Required(f, r, 1, "code") || !Required(f, r, 2, "name") || !Required(f, r, 6, "sector"))
            {
                return;
            }

            if (!r[0].Contains(':', StringComparison.Ordinal))
            {
                Error(f, r, $"organisation id '{r[0]}' should have a prefix such as 'igo:'");
                return;
            }

            if (_orgs.ContainsKey(r[0]))
            {
                Error(f, r, $"organisation '{r[0]}' is defined twice");
                return;
            }

            if (r[5].Length > 0 && !_states.ContainsKey(r[5]))
            {
                Error(f, r, $"unknown country '{r[5]}'");
            }

            _orgs[r[0]] = new KbOrganisation(r[0], r[1], r[2], r.List(3), r.List(4), r[5].Length > 0 ? r[5] : null, r[6], r[7]);
        }

        private Membership? Membership(TsvRow r)
        {
            const string f = "memberships.tsv";
            if (!_orgs.ContainsKey(r[0]))
            {
                Error(f, r, $"unknown organisation '{r[0]}'");
                return null;
            }

            if (!_states.ContainsKey(r[1]))
            {
                Error(f, r, $"unknown state '{r[1]}'");
                return null;
            }

            return new Membership(r[0], r[1], Date(f, r, 2, "from"), Date(f, r, 3, "to"));
        }

        private Metonym? Metonym(TsvRow r)
        {
            const string f = "metonyms.tsv";
            if (!Required(f, r, 0, "phrase"))
            {
                return null;
            }

            if (!KnownActor(r[1]))
            {
                Error(f, r, $"unknown actor '{r[1]}' (a state code or organisation id)");
                return null;
            }

            return new Metonym(r[0], r[1], r[2].Length > 0 ? r[2] : null, r[3]);
        }

        private KbOffice? Office(TsvRow r)
        {
            const string f = "offices.tsv";
            if (!Required(f, r, 0, "office") || !Required(f, r, 1, "sector") || !Required(f, r, 2, "phrase") || !Required(f, r, 4, "title"))
            {
                return null;
            }

            foreach (var c in r.List(3).Where(c => !KnownActor(c)))
            {
                Error(f, r, $"unknown country or organisation '{c}'");
            }

            _offices.Add(r[0]);
            return new KbOffice(r[0], r[1], r[2], r.List(3), r[4]);
        }

        private AgentNoun? Agent(TsvRow r)
        {
            const string f = "agents.tsv";
            if (!Required(f, r, 0, "noun") || !Required(f, r, 2, "sector"))
            {
                return null;
            }

            if (r[3] is not ("person" or "group"))
            {
                Error(f, r, $"kind should be 'person' or 'group', got '{r[3]}'");
                return null;
            }

            foreach (var o in r.List(4).Where(o => o != "*" && !_offices.Contains(o)))
            {
                Error(f, r, $"unknown office '{o}' (offices.tsv)");
            }

            return new AgentNoun(r[0], r[1].Length > 0 ? r[1] : null, r[2], r[3] == "person", r.List(4));
        }

        private void Person(TsvRow r)
        {
            const string f = "people.tsv";
            if (!Required(f, r, 0, "id") || !Required(f, r, 1, "name") || !Required(f, r, 6, "source"))
            {
                return;
            }

            if (_people.ContainsKey(r[0]))
            {
                Error(f, r, $"person '{r[0]}' is defined twice");
                return;
            }

            if (r[4] is not ("m" or "f" or "" or "?"))
            {
                Error(f, r, $"gender should be 'm', 'f' or blank, got '{r[4]}'");
                return;
            }

            if (r[5].Length > 0 && !_states.ContainsKey(r[5]))
            {
                Error(f, r, $"unknown country '{r[5]}'");
                return;
            }

            _people[r[0]] = new KbPerson(r[0], r[1], r.List(2), r.List(3), r[4].Length == 1 ? r[4][0] : '?', r[5], r[6]);
        }

        private ActorCode? Code(TsvRow r)
        {
            const string f = "codes.tsv";
            if (!_people.ContainsKey(r[0]))
            {
                Error(f, r, $"unknown person '{r[0]}' (people.tsv)");
                return null;
            }

            if (!Required(f, r, 1, "code") || !r[1].All(char.IsAsciiLetterOrDigit))
            {
                if (r[1].Length > 0)
                {
                    Error(f, r, $"'{r[1]}' is not a CAMEO actor code");
                }

                return null;
            }

            return new ActorCode(r[0], r[1], Date(f, r, 2, "from"), Date(f, r, 3, "to"), r[4]);
        }

        private Tenure? Role(TsvRow r)
        {
            const string f = "roles.tsv";
            if (!_people.ContainsKey(r[0]))
            {
                Error(f, r, $"unknown person '{r[0]}' (people.tsv)");
                return null;
            }

            if (!KnownActor(r[1]))
            {
                Error(f, r, $"unknown state or organisation '{r[1]}'");
                return null;
            }

            if (!_offices.Contains(r[2]))
            {
                Error(f, r, $"unknown office '{r[2]}' (offices.tsv)");
                return null;
            }

            if (!Required(f, r, 5, "source"))
            {
                return null;
            }

            var start = Date(f, r, 3, "start");
            var end = Date(f, r, 4, "end");
            if (start is null)
            {
                if (r[3].Length == 0)
                {
                    Error(f, r, "column 'start' is empty");
                }

                return null;
            }

            if (end is not null && end < start)
            {
                Error(f, r, "tenure ends (" + end.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ") before it starts (" + start.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")");
                return null;
            }

            return new Tenure(r[0], r[1], r[2], start.Value, end, r[5]);
        }
    }
}
