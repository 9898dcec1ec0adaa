namespace Detente.Core.Model;

/// <summary>The words that name who said a quote, and the actor they resolve to.</summary>
public sealed record QuoteSpeaker(TextRange Range, string Text, Actor? Actor);
