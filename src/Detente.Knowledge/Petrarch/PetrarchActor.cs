namespace Detente.Knowledge.Petrarch;

/// <summary>One entry of a PETRARCH/TABARI actor dictionary.</summary>
/// <param name="Name">The primary phrase, with underscores as spaces ("VLADIMIR PUTIN").</param>
/// <param name="Synonyms">The "+" phrases that follow it.</param>
/// <param name="Codes">Its codes, dated or not.</param>
/// <param name="Line">Line of the entry in the file.</param>
public sealed record PetrarchActor(string Name, IReadOnlyList<string> Synonyms, IReadOnlyList<PetrarchCode> Codes, int Line);
