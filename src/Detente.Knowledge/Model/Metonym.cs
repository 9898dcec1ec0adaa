namespace Detente.Knowledge.Model;

/// <summary>A place or institution standing for a state's sector ("the Kremlin" → Russia, GOV).</summary>
/// <param name="Phrase">The phrase as written.</param>
/// <param name="Actor">State code or organisation id.</param>
/// <param name="Sector">CAMEO sector, or null for the state as a whole.</param>
/// <param name="Role">What it stands for ("Presidential administration").</param>
public sealed record Metonym(string Phrase, string Actor, string? Sector, string Role);
