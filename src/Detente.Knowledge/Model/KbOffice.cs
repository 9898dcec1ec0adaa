namespace Detente.Knowledge.Model;

/// <summary>A title phrase naming an office ("foreign minister", "top diplomat", "secretary of state" in the US).</summary>
/// <param name="Office">Office id.</param>
/// <param name="Sector">CAMEO sector of the office holder.</param>
/// <param name="Phrase">The phrase as written.</param>
/// <param name="Countries">States or organisations the phrase applies to; empty means any.</param>
/// <param name="Title">Display title of the office where the phrase applies.</param>
public sealed record KbOffice(string Office, string Sector, string Phrase, IReadOnlyList<string> Countries, string Title)
{
    /// <summary>True when the phrase can name the office of <paramref name="of"/> (a state code or organisation id).</summary>
    public bool AppliesTo(string? of) => Countries.Count == 0 || (of is not null && Countries.Contains(of, StringComparer.Ordinal));
}
