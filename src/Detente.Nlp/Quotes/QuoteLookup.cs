using Detente.Core.Model;

namespace Detente.Nlp.Quotes;

/// <summary>
/// How other stages address quotes: a quote is identified by its index in <see cref="Document.Quotes"/>
/// (sorted by content start) and by its content range. The event coder links an event coded from reported
/// speech ("accused", "warned") to the quote whose content or cue holds the event's evidence.
/// </summary>
public static class QuoteLookup
{
    /// <summary>Index of the first quote whose content or cue overlaps <paramref name="range"/>, or -1.</summary>
    public static int Covering(Document document, TextRange range)
    {
        var quotes = document.Quotes;
        for (int i = 0; i < quotes.Length; i++)
        {
            var q = quotes[i];
            if (q.Content.Overlaps(range) || (q.Cue is { } cue && cue.Overlaps(range)))
            {
                return i;
            }
        }

        return -1;
    }
}
