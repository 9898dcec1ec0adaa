namespace Detente.Sources.Web;

/// <summary>Spaces requests to each host by at least a fixed interval; different hosts do not wait for each other.</summary>
public sealed class HostRateLimiter
{
    private readonly TimeSpan _interval;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    /// <summary>Creates a limiter allowing one request per <paramref name="interval"/> per host.</summary>
    public HostRateLimiter(TimeSpan interval, TimeProvider? clock = null)
    {
        _interval = interval;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Waits until a request to <paramref name="host"/> is allowed, and books the slot.</summary>
    public Task WaitAsync(string host, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            var slot = _next.TryGetValue(host, out var next) && next > now ? next : now;
            _next[host] = slot + _interval;
            wait = slot - now;
        }

        return wait > TimeSpan.Zero ? Task.Delay(wait, _clock, cancellationToken) : Task.CompletedTask;
    }
}
