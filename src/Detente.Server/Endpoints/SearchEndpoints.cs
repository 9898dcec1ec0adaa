using Detente.Server.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Detente.Server.Endpoints;

/// <summary>GET /api/search?q=...: full-text search over articles.</summary>
internal static class SearchEndpoints
{
    /// <summary>Maps the route.</summary>
    public static void Map(IEndpointRouteBuilder app, StoreHandler handler)
    {
        app.MapGet("/api/search", (HttpContext http, CancellationToken ct) => handler.ListAsync(http, (s, f) =>
        {
            var q = RequestQuery.Text(http.Request.Query, "q") ?? throw new BadInputException("'q' (the words to search for) is required");
            return s.SearchAsync(q, f, ct);
        }));
    }
}
