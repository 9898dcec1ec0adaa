namespace Detente.Nlp.Treaties;

/// <summary>A phrase found in a sentence.</summary>
/// <param name="Value">What the phrase stands for.</param>
/// <param name="FirstToken">Document-level index of its first token.</param>
/// <param name="EndToken">Index one past its last token.</param>
/// <param name="NextPiece">Index of the piece after the match.</param>
internal readonly record struct PhraseMatch<T>(T Value, int FirstToken, int EndToken, int NextPiece);
