namespace Detente.Sources.Web;

/// <summary>Limits and manners for fetching over HTTP(S).</summary>
public sealed record FetchOptions
{
    /// <summary>Whole-request time limit, headers and body together.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest body accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Most redirects followed before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Least time between two requests to the same host.</summary>
    public TimeSpan PerHostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The User-Agent header sent.</summary>
    public string UserAgent { get; init; } = "Detente/0.1 (+news event coding; polite fetcher)";
}
