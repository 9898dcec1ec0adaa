namespace Detente.Nlp.Language;

/// <summary>
/// Counts behind the CoNLL 2018 shared-task metrics. With gold tokens every F1 equals accuracy. LAS compares
/// the universal part of the relation (before ':'), as the shared-task scorer does; <see cref="LasFull"/> counts
/// full relations with subtypes.
/// </summary>
public sealed record UdScores
{
    /// <summary>Words in the gold file.</summary>
    public int GoldWords { get; init; }

    /// <summary>Words the system produced.</summary>
    public int SystemWords { get; init; }

    /// <summary>System words aligned to a gold word.</summary>
    public int AlignedWords { get; init; }

    /// <summary>Aligned words with the right UPOS.</summary>
    public int Upos { get; init; }

    /// <summary>Aligned words with the right Penn tag.</summary>
    public int Xpos { get; init; }

    /// <summary>Aligned words with the right lemma.</summary>
    public int Lemma { get; init; }

    /// <summary>Aligned words with the right head.</summary>
    public int Uas { get; init; }

    /// <summary>Aligned words with the right head and universal relation.</summary>
    public int Las { get; init; }

    /// <summary>Aligned words with the right head and full relation (subtype included).</summary>
    public int LasFull { get; init; }

    /// <summary>Gold surface tokens.</summary>
    public int GoldTokens { get; init; }

    /// <summary>System tokens.</summary>
    public int SystemTokens { get; init; }

    /// <summary>System tokens with exactly a gold token's span.</summary>
    public int MatchedTokens { get; init; }

    /// <summary>Gold sentences.</summary>
    public int GoldSentences { get; init; }

    /// <summary>System sentences.</summary>
    public int SystemSentences { get; init; }

    /// <summary>System sentences with exactly a gold sentence's span.</summary>
    public int MatchedSentences { get; init; }

    /// <summary>F1 (in percent) of <paramref name="correct"/> against gold and system word counts.</summary>
    public double F1(int correct) => F1(correct, GoldWords, SystemWords);

    /// <summary>F1 in percent of <paramref name="correct"/> given the gold and system counts.</summary>
    public static double F1(int correct, int gold, int system) =>
        gold + system == 0 ? 100.0 : 200.0 * correct / (gold + system);
}
