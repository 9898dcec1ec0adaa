using System.Collections.Immutable;

namespace Detente.Knowledge.Treaties;

/// <summary>A fact about an agreement and the sources (URLs) that support it; a null value means unknown.</summary>
/// <param name="Value">The fact as written in the knowledge base ("P6M", "unlimited", "none"), or null when unknown.</param>
/// <param name="Sources">URLs of the sources.</param>
public sealed record SourcedValue(string? Value, ImmutableArray<string> Sources)
{
    /// <summary>An unknown fact.</summary>
    public static SourcedValue Unknown { get; } = new(null, []);
}
