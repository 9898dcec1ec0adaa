using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Nlp.Quotes.Evaluation;

/// <summary>One attribution as annotated or predicted: source (optional), cue and content, each possibly in pieces.</summary>
/// <param name="Source">Pieces of the source span; empty when there is no source.</param>
/// <param name="Cue">Pieces of the cue span.</param>
/// <param name="Content">Pieces of the content span.</param>
public sealed record GoldAttribution(ImmutableArray<TextRange> Source, ImmutableArray<TextRange> Cue, ImmutableArray<TextRange> Content);
