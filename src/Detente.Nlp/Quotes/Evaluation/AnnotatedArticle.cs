using System.Collections.Immutable;

namespace Detente.Nlp.Quotes.Evaluation;

/// <summary>An article of an attribution corpus with its gold attributions.</summary>
/// <param name="Id">File name without extension.</param>
/// <param name="Text">The article text the offsets index.</param>
/// <param name="Attributions">The gold attributions.</param>
public sealed record AnnotatedArticle(string Id, string Text, ImmutableArray<GoldAttribution> Attributions);
