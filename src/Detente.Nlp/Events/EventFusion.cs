using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Detente.Core.Model;

namespace Detente.Nlp.Events;

/// <summary>
/// Decides when two coded mentions report the same real event, and the deterministic key shared by all its
/// mentions within and across articles: source and target (in sorted order for meetings, which both parties do), CAMEO root, polarity (asserted and reported; negated and
/// denied; future and hypothetical) and a date bucket (the ISO week of a day-precise date, else the month or year given).
/// </summary>
public static class EventFusion
{
    /// <summary>The cross-article fusion key of an event: "ev:" and 16 hex digits of a hash of its fusion fields.</summary>
    public static string Key(PoliticalEvent e) => Key(e, e.Date);

    /// <summary>The fusion key computed with <paramref name="date"/> in place of the event's own date.</summary>
    public static string Key(PoliticalEvent e, string? date)
    {
        var (a, b) = Dyad(e);
        var text = string.Join('|', a, b, Root(e.Cameo), Polarity(e.Modality), DateBucket(date));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "ev:" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    /// <summary>The readable fields the key hashes, for explanations ("RUSGOV|USAGOV|11|positive|2017-W15").</summary>
    public static string Describe(PoliticalEvent e)
    {
        var (a, b) = Dyad(e);
        return string.Join('|', a, b, Root(e.Cameo), Polarity(e.Modality), DateBucket(e.Date));
    }

    /// <summary>True when two mentions may report the same event: same actors, CAMEO root and polarity, and dates that do not contradict.</summary>
    public static bool Compatible(PoliticalEvent a, PoliticalEvent b) =>
        Dyad(a) == Dyad(b)
        && Root(a.Cameo) == Root(b.Cameo)
        && Polarity(a.Modality) == Polarity(b.Modality)
        && DatesCompatible(a.Date, b.Date);

    /// <summary>Gives every event of one article its fusion key: compatible mentions share the key of the most specific one.</summary>
    public static ImmutableArray<PoliticalEvent> Fuse(ImmutableArray<PoliticalEvent> events)
    {
        int n = events.Length;
        var parent = new int[n];
        for (int i = 0; i < n; i++)
        {
            parent[i] = i;
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (Compatible(events[i], events[j]))
                {
                    parent[Find(parent, j)] = Find(parent, i);
                }
            }
        }

        var keys = new Dictionary<int, string>();
        for (int i = 0; i < n; i++)
        {
            int root = Find(parent, i);
            if (!keys.ContainsKey(root))
            {
                string? date = null;
                for (int j = 0; j < n; j++)
                {
                    if (Find(parent, j) == root && (events[j].Date?.Length ?? 0) > (date?.Length ?? 0))
                    {
                        date = events[j].Date;
                    }
                }

                keys[root] = Key(events[root], date);
            }
        }

        var builder = ImmutableArray.CreateBuilder<PoliticalEvent>(n);
        for (int i = 0; i < n; i++)
        {
            builder.Add(events[i] with { FusionKey = keys[Find(parent, i)] });
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Groups fused mentions (of one or many articles) into events with their evidence and report counts.</summary>
    public static IReadOnlyList<FusedEvent> Group(IEnumerable<(string ArticleId, PoliticalEvent Event)> mentions)
    {
        var groups = new Dictionary<string, List<(string, PoliticalEvent)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (article, e) in mentions)
        {
            var key = e.FusionKey ?? Key(e);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            list.Add((article, e));
        }

        return [.. order.Select(k =>
        {
            var list = groups[k];
            var best = list.OrderByDescending(m => m.Item2.Cameo.Length).ThenByDescending(m => m.Item2.Confidence).First().Item2;
            return new FusedEvent(k, best, [.. list], list.Select(m => m.Item1).Distinct(StringComparer.Ordinal).Count());
        })];
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    /// <summary>Source and target keys; for meetings and talks (root 04), which both parties do, in sorted order.</summary>
    private static (string, string) Dyad(PoliticalEvent e)
    {
        var source = ActorKey(e.Source);
        var target = e.Target is null ? "-" : ActorKey(e.Target);
        return Root(e.Cameo) is "04" && e.Target is not null && string.CompareOrdinal(target, source) < 0 ? (target, source) : (source, target);
    }

    private static string ActorKey(ActorRef a) => a.Actor is { } actor ? actor.Code ?? actor.Id : "text:" + a.Text.ToLowerInvariant();

    private static string Root(string cameo) => cameo.Length >= 2 ? cameo[..2] : cameo;

    private static string Polarity(Modality m) => m switch
    {
        Modality.Negated or Modality.Denied => "negative",
        Modality.Future or Modality.Hypothetical => "irrealis",
        _ => "positive",
    };

    private static bool DatesCompatible(string? a, string? b) =>
        a is null || b is null || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private static string DateBucket(string? date)
    {
        if (date is null)
        {
            return "-";
        }

        if (date.Length >= 10 && DateOnly.TryParseExact(date.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            var dt = d.ToDateTime(TimeOnly.MinValue);
            return ISOWeek.GetYear(dt).ToString("D4", CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(dt).ToString("D2", CultureInfo.InvariantCulture);
        }

        return date;
    }
}
