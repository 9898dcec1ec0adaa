namespace Detente.Core.Model;

/// <summary>A mention of an actor in the text.</summary>
/// <param name="Range">Where the mention stands.</param>
/// <param name="Text">The mention's text.</param>
/// <param name="Type">What it names.</param>
/// <param name="Actor">The resolved actor as of the document's date, or null when unresolved.</param>
/// <param name="Antecedent">Index of the mention this one corefers with, when resolved through coreference.</param>
/// <param name="Rule">The rule or model that found and resolved it.</param>
public sealed record Mention(TextRange Range, string Text, MentionType Type, Actor? Actor, int? Antecedent = null, string? Rule = null);
