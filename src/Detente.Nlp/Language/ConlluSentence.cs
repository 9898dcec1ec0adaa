namespace Detente.Nlp.Language;

/// <summary>
/// One sentence of a CoNLL-U file: its syntactic words (multiword-token parts, never empty nodes) and the
/// surface tokens they come from. Heads are 0-based word indices within the sentence, -1 for the root.
/// </summary>
public sealed class ConlluSentence
{
    /// <summary>The sentence id from "# sent_id", or null.</summary>
    public string? Id { get; init; }

    /// <summary>The sentence text from "# text", or null.</summary>
    public string? Text { get; init; }

    /// <summary>True when a "# newdoc" comment opens this sentence.</summary>
    public bool NewDocument { get; init; }

    /// <summary>True when a "# newpar" comment opens this sentence.</summary>
    public bool NewParagraph { get; init; }

    /// <summary>Word forms.</summary>
    public required string[] Forms { get; init; }

    /// <summary>Lemmas.</summary>
    public required string[] Lemmas { get; init; }

    /// <summary>Universal part-of-speech tags.</summary>
    public required string[] Upos { get; init; }

    /// <summary>Language-specific (Penn) tags.</summary>
    public required string[] Xpos { get; init; }

    /// <summary>Head of each word: 0-based word index, -1 for the root.</summary>
    public required int[] Heads { get; init; }

    /// <summary>Dependency relation of each word.</summary>
    public required string[] Relations { get; init; }

    /// <summary>Surface tokens: the first word of each and how many words it covers, with its text and SpaceAfter.</summary>
    public required SurfaceToken[] Tokens { get; init; }

    /// <summary>Number of words.</summary>
    public int Length => Forms.Length;

    /// <summary>A copy of this sentence with the given analyses (null keeps the current one).</summary>
    public ConlluSentence With(string[]? upos = null, string[]? xpos = null, string[]? lemmas = null, int[]? heads = null, string[]? relations = null) => new()
    {
        Id = Id,
        Text = Text,
        NewDocument = NewDocument,
        NewParagraph = NewParagraph,
        Forms = Forms,
        Tokens = Tokens,
        Upos = upos ?? Upos,
        Xpos = xpos ?? Xpos,
        Lemmas = lemmas ?? Lemmas,
        Heads = heads ?? Heads,
        Relations = relations ?? Relations,
    };

    /// <summary>True when no two arcs cross (the tree can be built by a projective transition system).</summary>
    public bool IsProjective()
    {
        for (int i = 0; i < Heads.Length; i++)
        {
            int h = Heads[i] < 0 ? Heads.Length : Heads[i];
            int lo = Math.Min(i, h), hi = Math.Max(i, h);
            for (int j = lo + 1; j < hi; j++)
            {
                int hj = Heads[j] < 0 ? Heads.Length : Heads[j];
                if (hj < lo || hj > hi)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
