namespace Detente.Core.Model;

/// <summary>An argument of an event or treaty action: the text that named it and the actor it resolved to.</summary>
/// <param name="Text">The words in the sentence that name the actor.</param>
/// <param name="Range">Where those words stand.</param>
/// <param name="Actor">The resolved actor, or null when none could be resolved.</param>
public sealed record ActorRef(string Text, TextRange Range, Actor? Actor);
