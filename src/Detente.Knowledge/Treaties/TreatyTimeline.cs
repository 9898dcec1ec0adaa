using System.Collections.Immutable;

namespace Detente.Knowledge.Treaties;

/// <summary>Builds an agreement's timeline from the recorded lifecycle and the actions reported in articles.</summary>
public static class TreatyTimeline
{
    /// <summary>The recorded events of <paramref name="treaty"/> and the reported actions on it, in date order (undated last).</summary>
    public static ImmutableArray<TimelineEntry> Build(TreatyKnowledgeBase kb, TreatyRecord treaty, IEnumerable<TreatyActionEvidence> reported)
    {
        var entries = new List<TimelineEntry>();
        foreach (var e in treaty.Events)
        {
            string parties = e.IsTreatyLevel ? "*" : string.Join(' ', e.Parties.Select(p => kb.Holder(kb.Seat(p), e.Date.First)));
            entries.Add(new TimelineEntry(e.Date, e.Kind, parties, e.Effective, "kb", string.Join(' ', e.Sources), null));
        }

        foreach (var r in reported.Where(r => string.Equals(r.Action.Treaty, treaty.Id, StringComparison.OrdinalIgnoreCase)))
        {
            PartialDate? date = PartialDate.TryParse(r.Action.Date, out var d) ? d : null;
            string party = r.Action.Party?.Actor?.Country ?? r.Action.Party?.Text ?? "?";
            entries.Add(new TimelineEntry(date, r.Action.Action, party, null, r.ArticleId, r.EvidenceText, r.Action.Status));
        }

        return
        [
            .. entries
                .OrderBy(e => e.Date is null ? 1 : 0)
                .ThenBy(e => e.Date ?? default)
                .ThenBy(e => e.Origin == "kb" ? 0 : 1),
        ];
    }
}
