using Detente.Server.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Detente.Server.Endpoints;

/// <summary>GET /api/events, /api/quotes, /api/actors and /api/treaties: filtered, paged listings.</summary>
internal static class ListingEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder app, StoreHandler handler)
    {
        app.MapGet("/api/events", (HttpContext http, CancellationToken ct) => handler.ListAsync(http, (s, f) => s.EventsAsync(f, ct)));
        app.MapGet("/api/quotes", (HttpContext http, CancellationToken ct) => handler.ListAsync(http, (s, f) => s.QuotesAsync(f, ct)));
        app.MapGet("/api/actors", (HttpContext http, CancellationToken ct) => handler.ListAsync(http, (s, f) => s.ActorsAsync(f, ct)));
        app.MapGet("/api/treaties", (HttpContext http, CancellationToken ct) => handler.ListAsync(http, (s, f) => s.TreatyActionsAsync(f, ct)));
    }
}
