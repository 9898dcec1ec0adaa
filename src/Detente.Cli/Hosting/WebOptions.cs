using System.Globalization;
using Detente.Sources.Feeds;
using Detente.Sources.Html;
using Detente.Sources.Watch;
using Detente.Sources.Web;

namespace Detente.Cli.Hosting;

/// <summary>The fetch options commands that read URLs share: --timeout, --max-bytes, --max-redirects, --host-interval.</summary>
internal static class WebOptions
{
    /// <summary>The lines of help describing the options.</summary>
    public const string Help = """
          --timeout T       time limit per request, e.g. 20s (default 20s)
          --max-bytes N     largest response accepted, in bytes (default 8388608)
          --max-redirects N most redirects followed (default 5)
          --host-interval T least time between two requests to one host, e.g. 1s or 0 (default 1s)
        """;

    /// <summary>Reads the options (defaults for those not given).</summary>
    public static FetchOptions Read(CommandArgs args)
    {
        var defaults = new FetchOptions();
        var maxBytes = args.Get("max-bytes") is { } b ? ParseCount("--max-bytes", b) : defaults.MaxBytes;
        return new FetchOptions
        {
            Timeout = Interval(args, "timeout") ?? defaults.Timeout,
            MaxBytes = maxBytes,
            MaxRedirects = args.GetInt("max-redirects", defaults.MaxRedirects),
            PerHostInterval = Interval(args, "host-interval") ?? defaults.PerHostInterval,
        };
    }

    /// <summary>A web source over <paramref name="fetcher"/> with the default extractor and feed parser.</summary>
    public static WebSource Source(WebFetcher fetcher) => new(fetcher, new HtmlArticleReader(new HtmlArticleExtractor()), new FeedParser());

    /// <summary>Parses an interval option ("90s", "15m", or "0"); null when absent.</summary>
    public static TimeSpan? Interval(CommandArgs args, string name)
    {
        var text = args.Get(name);
        if (text is null)
        {
            return null;
        }

        if (text.Trim() == "0")
        {
            return TimeSpan.Zero;
        }

        try
        {
            return WatchInterval.Parse(text);
        }
        catch (FormatException e)
        {
            throw new CliUsageException($"--{name}: {e.Message}");
        }
    }

    private static long ParseCount(string name, string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new CliUsageException($"{name} must be a positive whole number, not '{text}'");
}
