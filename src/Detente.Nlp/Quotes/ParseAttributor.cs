using Detente.Core.Model;

namespace Detente.Nlp.Quotes;

/// <summary>Finds attributions in a parsed sentence (placeholder until the parse rules are written).</summary>
internal sealed class ParseAttributor
{
    public ParseAttributor(QuoteLexicon lexicon, Document doc, bool[] inQuote)
    {
        _ = lexicon;
        _ = doc;
        _ = inQuote;
    }

    /// <summary>Adds the attributions of sentence <paramref name="si"/>; false when the parse gives none.</summary>
    public bool Find(int si, List<Attribution> output) => false;
}
