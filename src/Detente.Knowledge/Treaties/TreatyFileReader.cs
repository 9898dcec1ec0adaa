using System.Collections.Immutable;
using System.Globalization;

namespace Detente.Knowledge.Treaties;

/// <summary>Reads the text files of the treaty knowledge base, failing with "file:line: problem" on bad input.</summary>
internal sealed class TreatyFileReader
{
    private static readonly string[] Kinds = ["treaty", "agreement", "convention", "politically_binding", "plan"];

    private readonly IReadOnlyDictionary<string, string> _sources;

    public TreatyFileReader(IReadOnlyDictionary<string, string> sources) => _sources = sources;

    /// <summary>Reads "id url" lines.</summary>
    public static Dictionary<string, string> ReadSources(string path)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, number) in ContentLines(path))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !parts[1].StartsWith("http", StringComparison.Ordinal))
            {
                throw Error(path, number, "expected 'ID URL'");
            }

            if (!sources.TryAdd(parts[0], parts[1]))
            {
                throw Error(path, number, $"source id '{parts[0]}' is defined twice");
            }
        }

        return sources;
    }

    /// <summary>Reads "PREDECESSOR SUCCESSOR DATE [sources]" lines.</summary>
    public ImmutableArray<Succession> ReadSuccessions(string path)
    {
        var list = ImmutableArray.CreateBuilder<Succession>();
        foreach (var (line, number) in ContentLines(path))
        {
            var (body, _) = SplitSources(line, path, number);
            var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3)
            {
                throw Error(path, number, "expected 'PREDECESSOR SUCCESSOR YYYY-MM-DD [sources]'");
            }

            var date = ParseDate(parts[2], path, number);
            if (!date.IsExact)
            {
                throw Error(path, number, $"succession date '{parts[2]}' must be a full date");
            }

            list.Add(new Succession(Code(parts[0], path, number), Code(parts[1], path, number), date.First));
        }

        return list.ToImmutable();
    }

    /// <summary>Reads one .treaty file.</summary>
    public TreatyRecord ReadTreaty(string path, ImmutableArray<Succession> successions)
    {
        string file = Path.GetFileName(path);
        string? id = null, name = null, kind = null;
        bool? complete = null;
        var duration = SourcedValue.Unknown;
        var notice = SourcedValue.Unknown;
        SourcedValue? durationSeen = null, noticeSeen = null;
        var aliases = ImmutableArray.CreateBuilder<string>();
        var parties = ImmutableArray<string>.Empty;
        var depositaries = ImmutableArray<string>.Empty;
        var notes = ImmutableArray.CreateBuilder<string>();
        var events = new List<(LifecycleEvent Event, int Line)>();

        foreach (var (line, number) in ContentLines(path))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw Error(path, number, "expected 'key: value'");
            }

            string key = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim();
            if (value.Length == 0)
            {
                throw Error(path, number, $"'{key}' has no value");
            }

            if (id is null && key != "treaty")
            {
                throw Error(path, number, "the first line must be 'treaty: ID'");
            }

            switch (key)
            {
                case "treaty":
                    if (id is not null) throw Error(path, number, "a file holds one treaty; 'treaty' appears twice");
                    if (value.Any(c => !(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-')))
                        throw Error(path, number, $"treaty id '{value}' must be upper-case letters, digits and '-'");
                    id = value;
                    break;
                case "name":
                    name = value;
                    aliases.Add(value);
                    break;
                case "alias":
                    aliases.Add(value);
                    break;
                case "kind":
                    if (!Kinds.Contains(value, StringComparer.Ordinal))
                        throw Error(path, number, $"unknown kind '{value}'; expected one of {string.Join(", ", Kinds)}");
                    kind = value;
                    break;
                case "duration":
                    durationSeen = duration = ReadClause(value, "unlimited", path, number);
                    break;
                case "withdrawal_notice":
                    noticeSeen = notice = ReadClause(value, "none", path, number);
                    break;
                case "parties":
                    parties = [.. value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => Code(p, path, number))];
                    break;
                case "parties_complete":
                    complete = value switch
                    {
                        "yes" => true,
                        "no" => false,
                        _ => throw Error(path, number, $"parties_complete must be 'yes' or 'no', got '{value}'"),
                    };
                    break;
                case "depositaries":
                    depositaries = [.. SplitSources(value, path, number).Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => Code(p, path, number))];
                    break;
                case "event":
                    events.Add((ReadEvent(id!, value, Members(parties, successions), $"{file}:{number}", path, number), number));
                    break;
                case "note":
                    notes.Add(value);
                    break;
                default:
                    throw Error(path, number, $"unknown key '{key}'");
            }
        }

        if (id is null) throw Error(path, 1, "empty file: expected 'treaty: ID'");
        if (name is null) throw Error(path, 1, $"treaty {id} has no 'name'");
        if (kind is null) throw Error(path, 1, $"treaty {id} has no 'kind'");
        if (complete is null) throw Error(path, 1, $"treaty {id} has no 'parties_complete'");
        if (parties.IsEmpty) throw Error(path, 1, $"treaty {id} has no 'parties'");
        if (durationSeen is null) throw Error(path, 1, $"treaty {id} has no 'duration' (write 'duration: unknown' when it is not known)");
        if (noticeSeen is null) throw Error(path, 1, $"treaty {id} has no 'withdrawal_notice' (write 'withdrawal_notice: unknown' when it is not known)");

        return new TreatyRecord
        {
            Id = id,
            Name = name,
            Kind = kind,
            Aliases = [.. aliases.Distinct(StringComparer.Ordinal)],
            Duration = duration,
            WithdrawalNotice = notice,
            Parties = parties,
            PartiesComplete = complete.Value,
            Depositaries = depositaries,
            Events = [.. events.OrderBy(e => e.Event.Date).ThenBy(e => e.Line).Select(e => e.Event)],
            Notes = notes.ToImmutable(),
            Origin = file,
        };
    }

    private static ImmutableArray<string> Members(ImmutableArray<string> parties, ImmutableArray<Succession> successions) =>
        [.. parties, .. successions.Where(s => parties.Contains(s.Predecessor)).Select(s => s.Successor)];

    private SourcedValue ReadClause(string value, string word, string path, int number)
    {
        var (body, sources) = SplitSources(value, path, number);
        if (body == "unknown")
        {
            return new SourcedValue(null, sources);
        }

        if (body != word && !NoticePeriod.TryParse(body, out _))
        {
            throw Error(path, number, $"expected an ISO 8601 period (P6M), '{word}' or 'unknown', got '{body}'");
        }

        if (sources.IsEmpty)
        {
            throw Error(path, number, $"'{body}' needs a source in brackets, e.g. [S9]");
        }

        return new SourcedValue(body, sources);
    }

    private LifecycleEvent ReadEvent(string treaty, string value, ImmutableArray<string> parties, string origin, string path, int number)
    {
        var (body, sources) = SplitSources(value, path, number);
        if (sources.IsEmpty)
        {
            throw Error(path, number, "an event needs a source in brackets, e.g. [S15]");
        }

        var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3)
        {
            throw Error(path, number, "expected 'DATE KIND PARTY... [effective=DATE] [SOURCES]'");
        }

        var date = ParseDate(parts[0], path, number);
        string kind = parts[1];
        if (!TreatyActionKinds.IsKnown(kind))
        {
            throw Error(path, number, $"unknown event kind '{kind}'; expected one of {string.Join(", ", TreatyActionKinds.All)}");
        }

        PartialDate? effective = null;
        var actors = ImmutableArray.CreateBuilder<string>();
        foreach (var p in parts.Skip(2))
        {
            if (p.StartsWith("effective=", StringComparison.Ordinal))
            {
                effective = ParseDate(p["effective=".Length..], path, number);
            }
            else if (p == "*")
            {
                if (actors.Count > 0) throw Error(path, number, "'*' (the agreement itself) cannot be mixed with parties");
            }
            else
            {
                string code = Code(p, path, number);
                if (!parties.Contains(code))
                {
                    throw Error(path, number, $"party '{code}' is not in this treaty's 'parties' line nor a successor of one (write 'parties' before the events)");
                }

                actors.Add(code);
            }
        }

        if (effective is { } e && e < date)
        {
            throw Error(path, number, $"effective date {e} is before the event date {date}");
        }

        return new LifecycleEvent(treaty, date, kind, actors.ToImmutable(), effective, sources, origin);
    }

    private (string Body, ImmutableArray<string> Sources) SplitSources(string value, string path, int number)
    {
        int open = value.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return (value, []);
        }

        int close = value.IndexOf(']', open);
        if (close < 0 || close != value.Length - 1)
        {
            throw Error(path, number, "source ids go in one bracket at the end of the line, e.g. [S7 S8]");
        }

        var ids = value[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var urls = ImmutableArray.CreateBuilder<string>(ids.Length);
        foreach (var sid in ids)
        {
            if (!_sources.TryGetValue(sid, out var url))
            {
                throw Error(path, number, $"unknown source id '{sid}' (define it in sources.txt)");
            }

            urls.Add(url);
        }

        return (value[..open].TrimEnd(), urls.MoveToImmutable());
    }

    private static PartialDate ParseDate(string text, string path, int number) =>
        text.Length is 4 or 7 or 10 && PartialDate.TryParse(text, out var d)
            ? d
            : throw Error(path, number, $"bad date '{text}'; expected YYYY, YYYY-MM or YYYY-MM-DD");

    private static string Code(string text, string path, int number) =>
        text.Length == 3 && text.All(char.IsAsciiLetterUpper)
            ? text
            : throw Error(path, number, $"'{text}' is not an ISO 3166 alpha-3 code");

    private static IEnumerable<(string Line, int Number)> ContentLines(string path)
    {
        int number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                yield return (line, number);
            }
        }
    }

    private static TreatyDataException Error(string path, int line, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: {problem}"));
}
