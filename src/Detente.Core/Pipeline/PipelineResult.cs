using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Core.Pipeline;

/// <summary>The annotated document and any stage failures met on the way.</summary>
public sealed record PipelineResult(Document Document, ImmutableArray<StageFailure> Failures)
{
    /// <summary>True when every stage succeeded.</summary>
    public bool Succeeded => Failures.IsEmpty;
}
