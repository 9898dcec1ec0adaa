namespace Detente.Knowledge.Model;

/// <summary>A state (or former state) of the knowledge base.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code (the state's id).</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 code.</param>
/// <param name="Cameo">CAMEO country code (equal to <paramref name="Iso3"/> except for former states).</param>
/// <param name="Name">Preferred English short name.</param>
/// <param name="Variants">Other names and abbreviations ("US", "America").</param>
/// <param name="Demonyms">Adjectives and plural nouns for its people ("Russian", "Russians").</param>
/// <param name="Capitals">Capital names, which stand for the government ("Moscow", "Kyiv", "Kiev").</param>
/// <param name="From">First day of existence, when it matters.</param>
/// <param name="To">Last day of existence, when it ended.</param>
public sealed record KbState(
    string Iso3,
    string Iso2,
    string Cameo,
    string Name,
    IReadOnlyList<string> Variants,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals,
    DateOnly? From,
    DateOnly? To);
