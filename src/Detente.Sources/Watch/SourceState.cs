using Detente.Sources.Web;

namespace Detente.Sources.Watch;

/// <summary>What a watched source looked like when last processed: enough to ask only for changes next time.</summary>
/// <param name="Source">The source as given (feed or page URL, or folder path).</param>
/// <param name="Validators">ETag / Last-Modified of the last fetch of a URL source.</param>
/// <param name="Seen">Keys already processed: feed item ids and links, or folder entries as "path|size|mtime ticks".</param>
/// <param name="LastChecked">When the source was last polled.</param>
public sealed record SourceState(string Source, Validators? Validators, IReadOnlySet<string> Seen, DateTimeOffset? LastChecked)
{
    /// <summary>The state of a source never polled.</summary>
    public static SourceState New(string source) => new(source, null, new HashSet<string>(StringComparer.Ordinal), null);
}
