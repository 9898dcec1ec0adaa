using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Detente.Sources.Web;

/// <summary>
/// Fetches pages and feeds over HTTP(S) politely and defensively: a whole-request timeout, a body size cap
/// (checked against Content-Length and while reading), redirects followed by hand up to a limit with loops
/// detected, content types checked against what the caller expects, conditional requests (If-None-Match,
/// If-Modified-Since) and a per-host interval between requests. Every failure is a <see cref="FetchException"/>
/// whose message starts with the URL. One instance is meant to be shared; dispose it when done.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    private static readonly string[] FeedTypes =
    [
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
        "application/x-rss+xml", "application/feed+xml",
    ];

    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly HostRateLimiter _limiter;

    /// <summary>Creates a fetcher with <paramref name="options"/> (defaults when null).</summary>
    public WebFetcher(FetchOptions? options = null)
    {
        _options = options ?? new FetchOptions();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _limiter = new HostRateLimiter(_options.PerHostInterval);
    }

    /// <summary>Fetches <paramref name="url"/>, expecting <paramref name="kind"/>; sends <paramref name="validators"/> when given.</summary>
    /// <exception cref="FetchException">Bad URL, network error, timeout, HTTP error, too many redirects or a loop,
    /// body over the size cap, or an unexpected content type.</exception>
    public async Task<FetchResult> FetchAsync(string url, ContentKind kind, Validators? validators = null, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var start) || (start.Scheme != Uri.UriSchemeHttp && start.Scheme != Uri.UriSchemeHttps))
        {
            throw new FetchException($"{url}: not an http(s) URL");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return await FetchFollowingAsync(start, kind, validators, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(string.Create(CultureInfo.InvariantCulture, $"{url}: timed out after {_options.Timeout.TotalSeconds:0.#} s"));
        }
        catch (HttpRequestException e)
        {
            throw new FetchException($"{url}: {Describe(e)}", e);
        }
        catch (IOException e)
        {
            throw new FetchException($"{url}: connection failed while reading ({e.Message})", e);
        }
    }

    private async Task<FetchResult> FetchFollowingAsync(Uri start, ContentKind kind, Validators? validators, CancellationToken ct)
    {
        var visited = new List<Uri> { start };
        var current = start;
        while (true)
        {
            await _limiter.WaitAsync(current.Authority, ct).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.Accept.ParseAdd(kind switch
            {
                ContentKind.Html => "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
                ContentKind.Feed => "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
                _ => "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
            });
            if (validators?.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (validators?.LastModified is { } lastModified)
            {
                request.Headers.IfModifiedSince = lastModified;
            }

            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304)
            {
                current = NextLocation(start, current, response, visited);
                continue;
            }

            var newValidators = new Validators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(start, current, true, [], null, null, validators ?? newValidators);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException(Where(start, current) + $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
            CheckContentType(start, current, kind, mediaType);
            var body = await ReadCappedAsync(start, current, response, ct).ConfigureAwait(false);
            return new FetchResult(start, current, false, body, mediaType, response.Content.Headers.ContentType?.CharSet, newValidators);
        }
    }

    private Uri NextLocation(Uri start, Uri current, HttpResponseMessage response, List<Uri> visited)
    {
        var location = response.Headers.Location
            ?? throw new FetchException(Where(start, current) + $"HTTP {(int)response.StatusCode} redirect without a Location header");
        var next = location.IsAbsoluteUri ? location : new Uri(current, location);
        if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
        {
            throw new FetchException(Where(start, current) + $"redirect to a non-http(s) address {next}");
        }

        if (visited.Contains(next))
        {
            throw new FetchException($"{start}: redirect loop ({string.Join(" -> ", visited.Append(next))})");
        }

        visited.Add(next);
        if (visited.Count - 1 > _options.MaxRedirects)
        {
            throw new FetchException($"{start}: more than {_options.MaxRedirects} redirects (last to {next})");
        }

        return next;
    }

    private static void CheckContentType(Uri start, Uri current, ContentKind kind, string? mediaType)
    {
        if (mediaType is null)
        {
            return; // no header: judge by content later
        }

        bool html = HtmlTypes.Contains(mediaType, StringComparer.Ordinal);
        bool feed = FeedTypes.Contains(mediaType, StringComparer.Ordinal) || mediaType.EndsWith("+xml", StringComparison.Ordinal);
        bool ok = kind switch
        {
            ContentKind.Html => html,
            ContentKind.Feed => feed || mediaType == "text/html",
            _ => html || feed,
        };
        if (!ok)
        {
            var expected = kind switch
            {
                ContentKind.Html => "an HTML page",
                ContentKind.Feed => "an RSS or Atom feed",
                _ => "an HTML page or an RSS or Atom feed",
            };
            throw new FetchException(Where(start, current) + $"unexpected content type {mediaType} (expected {expected})");
        }
    }

    private async Task<byte[]> ReadCappedAsync(Uri start, Uri current, HttpResponseMessage response, CancellationToken ct)
    {
        long max = _options.MaxBytes;
        if (response.Content.Headers.ContentLength is long declared && declared > max)
        {
            throw new FetchException(Where(start, current) + $"response of {declared} bytes is over the {max}-byte limit");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new FetchException(Where(start, current) + $"response is over the {max}-byte limit");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Where(Uri start, Uri current) => start == current ? $"{start}: " : $"{start} (redirected to {current}): ";

    private static string Describe(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "host not found",
        HttpRequestError.ConnectionError => "could not connect (" + (e.InnerException?.Message ?? e.Message) + ")",
        HttpRequestError.SecureConnectionError => "TLS handshake failed",
        HttpRequestError.ResponseEnded => "the server closed the connection before the response was complete",
        HttpRequestError.InvalidResponse => "the server sent an invalid HTTP response",
        _ => e.Message,
    };

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();
}
