using Detente.Knowledge;
using Detente.Knowledge.Model;

namespace Detente.Nlp.Entities;

/// <summary>
/// Finds antecedents among the mentions already made in a document: the most salient compatible person for a
/// pronoun, a role noun or a surname, and the organisation a role noun ("the alliance") stands for.
/// </summary>
internal sealed class Coreference(KnowledgeBase kb, DateOnly? date, List<Draft> drafts)
{
    private const int PronounWindow = 3;
    private const int RoleWindow = 25;

    /// <summary>The antecedent of a third-person pronoun, or -1.</summary>
    /// <remarks>
    /// Within the pronoun's sentence the first compatible person before it wins (subjects come first); object
    /// pronouns ("him") skip their own sentence. Otherwise the first person outside quotations of the nearest earlier
    /// sentence that has one. Candidates must share the pronoun's side of a quotation and its gender.
    /// </remarks>
    public int ForPronoun(int sentence, bool inQuote, char gender, bool objectForm)
    {
        if (!objectForm)
        {
            for (int i = FirstOfSentence(sentence); i < drafts.Count; i++)
            {
                if (drafts[i].InQuote == inQuote && IsPerson(drafts[i], gender))
                {
                    return i;
                }
            }
        }

        for (int s = sentence - 1; s >= sentence - PronounWindow && s >= 0; s--)
        {
            int first = FirstOfSentence(s);
            for (int i = first; i < drafts.Count && drafts[i].Sentence == s; i++)
            {
                if ((!drafts[i].InQuote || inQuote) && IsPerson(drafts[i], gender))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The most recent person who can be called by a role noun or office, or -1.</summary>
    /// <param name="sentence">Sentence of the role noun.</param>
    /// <param name="fits">Whether an office can be named by the noun.</param>
    /// <param name="of">State or organisation the role must belong to, when the text gives one.</param>
    /// <param name="former">True when the role must have ended ("the former president").</param>
    public int ForRole(int sentence, Func<string, bool> fits, string? of, bool former)
    {
        for (int i = drafts.Count - 1; i >= 0 && drafts[i].Sentence >= sentence - RoleWindow; i--)
        {
            if (drafts[i].PersonId is { } id && Holds(id, fits, of, former))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The most recent mention of one of <paramref name="personIds"/>, or -1.</summary>
    public int LastMentionOf(IEnumerable<string> personIds)
    {
        var set = personIds.ToHashSet(StringComparer.Ordinal);
        for (int i = drafts.Count - 1; i >= 0; i--)
        {
            if (drafts[i].PersonId is { } id && set.Contains(id))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The most recent mention of an organisation among <paramref name="organisationIds"/>, or -1.</summary>
    public int ForOrganisationNoun(IReadOnlyList<string> organisationIds)
    {
        for (int i = drafts.Count - 1; i >= 0; i--)
        {
            if (drafts[i].Actor?.Id is { } id && organisationIds.Contains(id, StringComparer.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The most recent earlier mention of the same actor (same id and code), or null.</summary>
    public int? Previous(Core.Model.Actor actor)
    {
        for (int i = drafts.Count - 1; i >= 0; i--)
        {
            if (drafts[i].Actor is { } a && a.Id == actor.Id && a.Code == actor.Code)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>True when the person held an office fitting <paramref name="fits"/> (of <paramref name="of"/>) as the date asks.</summary>
    public bool Holds(string personId, Func<string, bool> fits, string? of, bool former)
    {
        foreach (var t in kb.TenuresOf(personId))
        {
            if (!fits(t.Office) || (of is not null && t.Of != of))
            {
                continue;
            }

            if (date is not { } d || (former ? t.EndedBy(d) : t.Covers(d)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPerson(Draft d, char gender) =>
        d.Actor is not null && (d.PersonId is not null || d.Type == Core.Model.MentionType.Person)
            && (gender == '?' || d.Gender == '?' || d.Gender == gender);

    private int FirstOfSentence(int sentence)
    {
        int i = drafts.Count;
        while (i > 0 && drafts[i - 1].Sentence >= sentence)
        {
            i--;
        }

        return i;
    }

    /// <summary>Picks among people sharing a name: the one in office on the date, else the one whose role ended last.</summary>
    public KbPerson Choose(IReadOnlyList<KbPerson> people, string? office)
    {
        if (people.Count == 1)
        {
            return people[0];
        }

        Func<string, bool> fits = office is null ? _ => true : o => o == office;
        return people.FirstOrDefault(p => Holds(p.Id, fits, null, former: false))
            ?? people.FirstOrDefault(p => Holds(p.Id, fits, null, former: true))
            ?? people[0];
    }
}
