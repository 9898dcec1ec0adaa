using System.Security.Cryptography;
using System.Text;
using Detente.Server.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Detente.Server.Endpoints;

/// <summary>POST /api/ingest: a JSONL body of articles to analyse and store; off unless enabled, then token-protected.</summary>
internal static class IngestEndpoints
{
    /// <summary>Maps the route.</summary>
    public static void Map(IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapPost("/api/ingest", async (HttpContext http, CancellationToken ct) =>
        {
            if (options.Ingest is null || options.Token is null)
            {
                return StoreHandler.Error(StatusCodes.Status403Forbidden, "ingest is disabled on this server (start it with --enable-ingest and a token)");
            }

            var header = http.Request.Headers.Authorization.ToString();
            var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..].Trim() : string.Empty;
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.Token)))
            {
                return StoreHandler.Error(StatusCodes.Status401Unauthorized, "a valid bearer token is required (Authorization: Bearer TOKEN)");
            }

            try
            {
                var stored = await options.Ingest(http.Request.Body, ct).ConfigureAwait(false);
                return Results.Json(new { stored });
            }
            catch (BadHttpRequestException ex)
            {
                return StoreHandler.Error(ex.StatusCode, ex.Message);
            }
            catch (FormatException ex)
            {
                return StoreHandler.Error(StatusCodes.Status400BadRequest, ex.Message);
            }
        });
    }
}
