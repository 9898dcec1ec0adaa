namespace Detente.Sources.Web;

/// <summary>What a server said about a version of a resource, sent back to ask only for changes.</summary>
/// <param name="ETag">The ETag header, when given.</param>
/// <param name="LastModified">The Last-Modified header, when given.</param>
public sealed record Validators(string? ETag, DateTimeOffset? LastModified)
{
    /// <summary>True when there is nothing to send.</summary>
    public bool IsEmpty => ETag is null && LastModified is null;
}
