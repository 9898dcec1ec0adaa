using Detente.Knowledge.Treaties;
using Detente.Storage;

namespace Detente.Server;

/// <summary>How the HTTP service runs: where it listens, which store it reads, and whether ingest is open.</summary>
public sealed record ServerOptions
{
    /// <summary>The URLs to listen on; loopback only unless the operator says otherwise.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5055";

    /// <summary>Opens a connection to the store (one per request; the schema is migrated already).</summary>
    public required Func<CancellationToken, Task<IDetenteStore>> OpenStore { get; init; }

    /// <summary>Analyses and stores a JSONL body of articles, returning the number stored; null disables ingest.</summary>
    public Func<Stream, CancellationToken, Task<int>>? Ingest { get; init; }

    /// <summary>The bearer token ingest requires (required when <see cref="Ingest"/> is set).</summary>
    public string? Token { get; init; }

    /// <summary>The treaty lifecycle facts behind /api/treaties/status; null answers that route with 404.</summary>
    public TreatyLifecycle? Treaties { get; init; }

    /// <summary>Largest page size a listing accepts.</summary>
    public int MaxPageSize { get; init; } = 500;

    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxBodyBytes { get; init; } = 4 * 1024 * 1024;
}
