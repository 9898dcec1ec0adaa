namespace Detente.Knowledge.Model;

/// <summary>A sector or agent noun ("minister", "troops", "regime").</summary>
/// <param name="Noun">Singular (or only) form.</param>
/// <param name="Plural">Plural form, when it has one.</param>
/// <param name="Sector">CAMEO sector it gives.</param>
/// <param name="IsPerson">True for nouns naming one person ("diplomat"), false for groups ("regime").</param>
/// <param name="Offices">Offices the noun can refer to through coreference; "*" means any.</param>
public sealed record AgentNoun(string Noun, string? Plural, string Sector, bool IsPerson, IReadOnlyList<string> Offices)
{
    /// <summary>True when someone holding <paramref name="office"/> can be called by this noun.</summary>
    public bool Fits(string office) => Offices.Contains("*", StringComparer.Ordinal) || Offices.Contains(office, StringComparer.Ordinal);
}
