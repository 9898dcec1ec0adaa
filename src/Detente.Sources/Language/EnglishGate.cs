using Detente.Core.Model;

namespace Detente.Sources.Language;

/// <summary>
/// Lets English articles through and names the others: until other languages are supported, a non-English
/// article is skipped with a message saying which language it looks like. Too-short or mixed texts pass.
/// </summary>
public sealed class EnglishGate
{
    private readonly StopwordLanguageDetector _detector;

    /// <summary>Creates a gate over <paramref name="detector"/>.</summary>
    public EnglishGate(StopwordLanguageDetector detector) => _detector = detector;

    /// <summary>Null when <paramref name="article"/> may be processed, else the message explaining why it is skipped.</summary>
    public string? SkipReason(Article article)
    {
        var guess = _detector.Detect(article.Text);
        if (guess.IsUndetermined || guess.Code == "en")
        {
            return null;
        }

        return $"{article.Source ?? article.Id}: skipped, {Describe(guess.Code)}, not English (only English is supported for now)";
    }

    /// <summary>The language detected for <paramref name="article"/>, or null when undetermined.</summary>
    public string? Detect(Article article)
    {
        var guess = _detector.Detect(article.Text);
        return guess.IsUndetermined ? null : guess.Code;
    }

    private static string Describe(string code) => code.Length > 3
        ? "text in " + code + " script"
        : "language detected as " + (code switch
        {
            "de" => "German",
            "fr" => "French",
            "es" => "Spanish",
            "it" => "Italian",
            "pt" => "Portuguese",
            "nl" => "Dutch",
            "sv" => "Swedish",
            "da" => "Danish",
            "no" => "Norwegian",
            "pl" => "Polish",
            "cs" => "Czech",
            "ro" => "Romanian",
            "tr" => "Turkish",
            "id" => "Indonesian",
            "ca" => "Catalan",
            "af" => "Afrikaans",
            _ => "code",
        }) + " (" + code + ")";
}
