namespace Detente.Nlp.Language;

/// <summary>The analyses of one sentence's words: tags, lemmas, 0-based heads (-1 root) and relations.</summary>
public sealed record SentenceAnalysis(string[] Upos, string[] Xpos, string[] Lemmas, int[] Heads, string[] Relations);
