using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Detente.Tests.Common;

/// <summary>A canned answer of the loopback server.</summary>
/// <param name="Status">Status code.</param>
/// <param name="ContentType">Content-Type header, or null for none.</param>
/// <param name="Body">Body bytes.</param>
internal sealed record CannedResponse(int Status, string? ContentType, byte[] Body)
{
    /// <summary>Extra headers.</summary>
    public Dictionary<string, string> Headers { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Delay before the headers are sent.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>When set, the body is sent in this many pieces with <see cref="Delay"/> between them.</summary>
    public int Drip { get; init; }

    /// <summary>A text response.</summary>
    public static CannedResponse Text(string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        new(status, contentType, Encoding.UTF8.GetBytes(body));

    /// <summary>A redirect.</summary>
    public static CannedResponse Redirect(string location, int status = 302) =>
        new(status, null, []) { Headers = { ["Location"] = location } };
}

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and a free port, answering each request from a route table and closing the
/// connection. Bounded: it serves at most <see cref="MaxRequests"/> requests, and stops when disposed.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private const int MaxRequests = 200;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly ConcurrentDictionary<string, Func<IReadOnlyDictionary<string, string>, CannedResponse>> _routes = new(StringComparer.Ordinal);
    private int _served;

    public LoopbackServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>Requests seen, as "METHOD path" lines.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    /// <summary>Base address, e.g. http://127.0.0.1:54321.</summary>
    public string BaseUrl => "http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The absolute URL of <paramref name="path"/>.</summary>
    public string Url(string path) => BaseUrl + path;

    /// <summary>Answers <paramref name="path"/> with <paramref name="response"/>.</summary>
    public void Map(string path, CannedResponse response) => _routes[path] = _ => response;

    /// <summary>Answers <paramref name="path"/> with what <paramref name="handler"/> returns for the request headers.</summary>
    public void Map(string path, Func<IReadOnlyDictionary<string, string>, CannedResponse> handler) => _routes[path] = handler;

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested && _served < MaxRequests)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _served);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var (path, headers) = await ReadHeadAsync(stream).ConfigureAwait(false);
                Log.Enqueue("GET " + path);
                var response = _routes.TryGetValue(path, out var handler)
                    ? handler(headers)
                    : CannedResponse.Text("not found", "text/plain", 404);
                await WriteAsync(stream, response).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away (timeouts and size caps close early): nothing to do.
            }
        }
    }

    private async Task<(string Path, Dictionary<string, string> Headers)> ReadHeadAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buf = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && head.Length < 16384)
        {
            if (await stream.ReadAsync(buf, _stop.Token).ConfigureAwait(false) == 0)
            {
                break;
            }

            head.Append((char)buf[0]);
        }

        var lines = head.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var path = lines.Length > 0 ? lines[0].Split(' ')[1] : "/";
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return (path, headers);
    }

    private async Task WriteAsync(NetworkStream stream, CannedResponse r)
    {
        if (r.Delay > TimeSpan.Zero && r.Drip == 0)
        {
            await Task.Delay(r.Delay, _stop.Token).ConfigureAwait(false);
        }

        var head = new StringBuilder();
        head.Append(System.Globalization.CultureInfo.InvariantCulture, $"HTTP/1.1 {r.Status} {Reason(r.Status)}\r\n");
        if (r.ContentType is not null)
        {
            head.Append("Content-Type: ").Append(r.ContentType).Append("\r\n");
        }

        head.Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Length: {r.Body.Length}\r\nConnection: close\r\n");
        foreach (var (k, v) in r.Headers)
        {
            head.Append(k).Append(": ").Append(v).Append("\r\n");
        }

        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token).ConfigureAwait(false);
        if (r.Drip > 0)
        {
            int piece = Math.Max(1, r.Body.Length / r.Drip);
            for (int i = 0; i < r.Body.Length; i += piece)
            {
                await stream.WriteAsync(r.Body.AsMemory(i, Math.Min(piece, r.Body.Length - i)), _stop.Token).ConfigureAwait(false);
                await Task.Delay(r.Delay, _stop.Token).ConfigureAwait(false);
            }
        }
        else
        {
            await stream.WriteAsync(r.Body, _stop.Token).ConfigureAwait(false);
        }
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        404 => "Not Found",
        410 => "Gone",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}
