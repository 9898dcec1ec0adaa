namespace Detente.Nlp.Temporal;

/// <summary>A token as the time grammar sees it: its range, shape, lexicon entry and numeric value.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Shape">Word, number, ordinal ("4th") or punctuation.</param>
/// <param name="Word">Lexicon entry of a word, <see cref="TemporalWord.Empty"/> otherwise.</param>
/// <param name="Value">Value of a number or ordinal (capped), the character of punctuation.</param>
/// <param name="Digits">Number of digits of a number.</param>
/// <param name="Glued">True when no space separates the token from the previous one.</param>
/// <param name="Capital">True when the token starts with an upper-case letter.</param>
internal readonly record struct TimexToken(int Start, int End, TokenShape Shape, TemporalWord Word, int Value, int Digits, bool Glued, bool Capital)
{
    /// <summary>True for the punctuation character <paramref name="c"/>.</summary>
    public bool IsPunct(char c) => Shape == TokenShape.Punct && Value == c;

    /// <summary>True for a word with the cue <paramref name="c"/>.</summary>
    public bool Is(Cue c) => Shape == TokenShape.Word && Word.Cue == c;
}
