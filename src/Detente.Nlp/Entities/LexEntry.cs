namespace Detente.Nlp.Entities;

/// <summary>One dictionary phrase: what it names, and the case each of its words must have.</summary>
/// <param name="Kind">What it names.</param>
/// <param name="Target">State code, organisation id, person id, office id, agent noun, modifier or pronoun.</param>
/// <param name="Index">Index into the knowledge-base list the target belongs to (office phrase, agent noun), or -1.</param>
/// <param name="Case">Per word: 0 any case, 1 capital initial, 2 all capitals.</param>
public sealed record LexEntry(EntryKind Kind, string Target, int Index, byte[] Case)
{
    /// <summary>True when the words of the text satisfy the case the phrase asks for.</summary>
    public bool CaseMatches(ReadOnlySpan<Piece> pieces)
    {
        for (int i = 0; i < Case.Length; i++)
        {
            var p = pieces[i];
            if ((Case[i] == 1 && !p.Capitalised) || (Case[i] == 2 && !p.AllCaps))
            {
                return false;
            }
        }

        return true;
    }
}
