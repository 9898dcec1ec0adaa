namespace Detente.Nlp.Events;

/// <summary>One CAMEO code with its name, Goldstein weight, class and PLOVER mapping.</summary>
/// <param name="Code">The CAMEO code (two to four digits).</param>
/// <param name="Name">The code's name in the codebook.</param>
/// <param name="Goldstein">Goldstein conflict-cooperation weight.</param>
/// <param name="Quad">Class 0..4: statement, verbal cooperation, material cooperation, verbal conflict, material conflict.</param>
/// <param name="Plover">PLOVER event type, when the code maps to one.</param>
/// <param name="Mode">PLOVER mode, when any.</param>
/// <param name="Context">PLOVER context, when any.</param>
public sealed record CameoEntry(string Code, string Name, double Goldstein, int Quad, string? Plover, string? Mode, string? Context)
{
    /// <summary>The two-digit root of the code.</summary>
    public string Root => Code[..2];
}
