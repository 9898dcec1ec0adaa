using System.Globalization;
using Detente.Core.Model;

namespace Detente.Cli.Output;

/// <summary>The readable summary analyze prints: per article, its date, and what was found in it.</summary>
internal static class SummaryPrinter
{
    private const int MaxItems = 25;
    private const int MaxQuote = 90;

    /// <summary>Writes the summary of <paramref name="documents"/>.</summary>
    public static async Task PrintAsync(TextWriter w, IReadOnlyList<Document> documents)
    {
        foreach (var d in documents)
        {
            var date = d.ReferenceDate is { } rd ? rd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "no date";
            await w.WriteLineAsync($"== {d.Article.Id}: {d.Article.Title ?? FirstWords(d)}").ConfigureAwait(false);
            await w.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"   date {date} ({d.DateSource.ToString().ToLowerInvariant()}{(d.DatePrecision is null ? "" : ", " + d.DatePrecision)}); {d.Sentences.Length} sentences, {d.Mentions.Length} actor mentions, {d.Times.Length} time expressions, {d.Events.Length} events, {d.Quotes.Length} quotes, {d.TreatyActions.Length} treaty actions")).ConfigureAwait(false);
            foreach (var e in d.Events.Take(MaxItems))
            {
                var target = e.Target is null ? "" : " -> " + Name(e.Target);
                await w.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"   event  {e.Date ?? "?",-10} {Name(e.Source)}{target}: CAMEO {e.Cameo} {e.Plover} ({e.Modality.ToString().ToLowerInvariant()}) [{e.Rule}]")).ConfigureAwait(false);
            }

            foreach (var q in d.Quotes.Take(MaxItems))
            {
                var text = q.Text.Length > MaxQuote ? q.Text[..MaxQuote] + "\u2026" : q.Text;
                await w.WriteLineAsync($"   quote  {q.Speaker?.Actor?.Name ?? q.Speaker?.Text ?? "?"}: \u201C{text.ReplaceLineEndings(" ")}\u201D").ConfigureAwait(false);
            }

            foreach (var t in d.TreatyActions.Take(MaxItems))
            {
                await w.WriteLineAsync($"   treaty {t.Date ?? "?",-10} {t.Party?.Actor?.Name ?? t.Party?.Text ?? "?"} {t.Action} {t.Treaty} ({t.Status ?? "unreconciled"})").ConfigureAwait(false);
            }
        }
    }

    private static string Name(ActorRef r) => r.Actor?.Code ?? r.Actor?.Name ?? r.Text;

    private static string FirstWords(Document d)
    {
        var text = d.Text.ReplaceLineEndings(" ").Trim();
        return text.Length > 70 ? text[..70] + "\u2026" : text;
    }
}
