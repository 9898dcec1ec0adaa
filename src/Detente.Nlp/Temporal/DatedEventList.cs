using System.Collections.Immutable;
using System.Globalization;

namespace Detente.Nlp.Temporal;

/// <summary>The dated-event list (<c>lexicons/temporal/dated-events.tsv</c>), loaded once and shared read-only.</summary>
public sealed class DatedEventList
{
    /// <summary>Path of the list below the data directory.</summary>
    public const string RelativePath = "lexicons/temporal/dated-events.tsv";

    private readonly ImmutableArray<DatedEvent> _events;

    /// <summary>Creates the list from events.</summary>
    public DatedEventList(IEnumerable<DatedEvent> events) => _events = [.. events];

    /// <summary>The events.</summary>
    public ImmutableArray<DatedEvent> Events => _events;

    /// <summary>Loads the list from <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="InvalidDataException">A line is malformed; the message names the file and line.</exception>
    public static DatedEventList Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, RelativePath);
        var events = new List<DatedEvent>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3 || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException($"{path}:{lineNo}: expected keywords<TAB>yyyy-MM-dd<TAB>name");
            }

            var keywords = parts[0].Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            events.Add(new DatedEvent([.. keywords], date, parts[2]));
        }

        return new DatedEventList(events);
    }

    /// <summary>The events whose keywords all occur in <paramref name="sentence"/>.</summary>
    public IEnumerable<DatedEvent> In(ReadOnlySpan<char> sentence)
    {
        var found = new List<DatedEvent>();
        foreach (var e in _events)
        {
            bool all = true;
            foreach (var k in e.Keywords)
            {
                if (!ContainsAtWordStart(sentence, k))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                found.Add(e);
            }
        }

        return found;
    }

    /// <summary>True when <paramref name="word"/> occurs in <paramref name="text"/> at the start of a word.</summary>
    internal static bool ContainsAtWordStart(ReadOnlySpan<char> text, string word)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
