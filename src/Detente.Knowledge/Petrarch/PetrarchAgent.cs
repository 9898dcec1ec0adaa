namespace Detente.Knowledge.Petrarch;

/// <summary>One entry of a PETRARCH agent dictionary: a role noun ("FOREIGN MINISTER") and the code part it adds to an actor.</summary>
/// <param name="Phrases">The phrase and its plural forms.</param>
/// <param name="Code">The code part ("GOVFRM").</param>
/// <param name="Prefix">True when the code goes before the actor's ("[NGO~]"), false when after it ("[~GOV]").</param>
/// <param name="Line">Line of the entry in the file.</param>
public sealed record PetrarchAgent(IReadOnlyList<PetrarchPhrase> Phrases, string Code, bool Prefix, int Line);
