using System.Collections.Immutable;

namespace Detente.Nlp.Temporal;

/// <summary>A widely reported event with its date, recognised by keywords that must all occur in one sentence.</summary>
/// <param name="Keywords">Words or phrases, each matched case-insensitively at a word start.</param>
/// <param name="Date">The day it happened.</param>
/// <param name="Name">A readable name.</param>
public sealed record DatedEvent(ImmutableArray<string> Keywords, DateOnly Date, string Name);
