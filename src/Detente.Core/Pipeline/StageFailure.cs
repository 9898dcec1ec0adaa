namespace Detente.Core.Pipeline;

/// <summary>A stage that failed on one article: which stage, which article, and why.</summary>
public sealed record StageFailure(string Stage, string ArticleId, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"stage '{Stage}' failed on article '{ArticleId}': {Message}";
}
