namespace Detente.Knowledge.Model;

/// <summary>An international or other organisation.</summary>
/// <param name="Id">Knowledge-base id ("igo:nato").</param>
/// <param name="Code">CAMEO actor code ("IGOWSTNAT").</param>
/// <param name="Name">Preferred name.</param>
/// <param name="Aliases">Other names and abbreviations.</param>
/// <param name="Nouns">Role nouns that refer back to it ("alliance").</param>
/// <param name="Country">ISO alpha-3 code of its state, or null for international bodies.</param>
/// <param name="Sector">CAMEO sector ("IGO", "MED", "REB" ...).</param>
/// <param name="Source">Where the entry comes from.</param>
public sealed record KbOrganisation(
    string Id,
    string Code,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Nouns,
    string? Country,
    string Sector,
    string Source);
