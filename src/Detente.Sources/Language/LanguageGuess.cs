namespace Detente.Sources.Language;

/// <summary>The language a text appears to be written in.</summary>
/// <param name="Code">ISO 639-1 code ("en", "de"), a script name for non-Latin text ("cyrillic", "cjk"), or "und" when unknown.</param>
/// <param name="Confidence">Share of the text's words (or letters, for scripts) that support the guess, 0 to 1.</param>
/// <param name="Words">Words examined.</param>
public sealed record LanguageGuess(string Code, double Confidence, int Words)
{
    /// <summary>The code for an undetermined language.</summary>
    public const string Undetermined = "und";

    /// <summary>True when the text is too short or too mixed to tell.</summary>
    public bool IsUndetermined => Code == Undetermined;
}
