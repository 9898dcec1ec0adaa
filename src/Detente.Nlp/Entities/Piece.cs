namespace Detente.Nlp.Entities;

/// <summary>A word of a sentence as the matcher sees it: its range, folded dictionary id and case.</summary>
/// <param name="Start">Start offset in the document text.</param>
/// <param name="End">End offset in the document text.</param>
/// <param name="Word">Dictionary word id of the folded form, or -1 when no phrase contains it.</param>
/// <param name="Capitalised">True when the first letter is a capital.</param>
/// <param name="AllCaps">True when every letter is a capital (and there are at least two).</param>
/// <param name="InQuote">True inside a direct quotation.</param>
public readonly record struct Piece(int Start, int End, int Word, bool Capitalised, bool AllCaps, bool InQuote);
