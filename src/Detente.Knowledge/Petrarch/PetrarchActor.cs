namespace Detente.Knowledge.Petrarch;

/// <summary>One entry of a PETRARCH/TABARI actor dictionary.</summary>
/// <param name="Name">The primary phrase, with underscores as spaces ("VLADIMIR PUTIN").</param>
/// <param name="Synonyms">The "+" phrases that follow it.</param>
/// <param name="Codes">Its codes, dated or not.</param>
/// <param name="Line">Line of the entry in the file.</param>
public sealed record PetrarchActor(string Name, IReadOnlyList<string> Synonyms, IReadOnlyList<PetrarchCode> Codes, int Line)
{
    /// <summary>The name and the synonyms as written, each with whether it matches whole words only.</summary>
    public IReadOnlyList<PetrarchPhrase> Phrases { get; init; } = [];

    /// <summary>The code that applies on <paramref name="date"/>: a dated code covering it, else an undated one; null when none.</summary>
    public string? CodeOn(DateOnly? date)
    {
        var day = date ?? DateOnly.MaxValue;
        foreach (var c in Codes)
        {
            if ((c.From is not null || c.To is not null) && (c.From is null || day >= c.From) && (c.To is null || day <= c.To))
            {
                return c.Code;
            }
        }

        foreach (var c in Codes)
        {
            if (c.From is null && c.To is null)
            {
                return c.Code;
            }
        }

        return null;
    }
}
