using Detente.Knowledge.Treaties;
using Detente.Server.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Detente.Server.Endpoints;

/// <summary>GET /api/treaties/status?as_of=YYYY-MM-DD&amp;treaty=INF: the treaty status board on a date.</summary>
internal static class TreatyStatusEndpoints
{
    /// <summary>Maps the route.</summary>
    public static void Map(IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapGet("/api/treaties/status", (HttpContext http) =>
        {
            if (options.Treaties is not { } lifecycle)
            {
                return StoreHandler.Error(StatusCodes.Status404NotFound, "this server has no treaty knowledge base");
            }

            try
            {
                var q = http.Request.Query;
                var date = RequestQuery.Date(q, "as_of") ?? DateOnly.FromDateTime(DateTime.UtcNow);
                var kb = lifecycle.KnowledgeBase;
                var board = lifecycle.Board(date).AsEnumerable();
                if (RequestQuery.Text(q, "treaty") is { } name)
                {
                    var treaty = kb.FindByName(name)
                        ?? throw new BadInputException($"'treaty' names no known agreement: '{name}' (known: {string.Join(", ", kb.Treaties.Select(t => t.Id))})");
                    board = board.Where(s => string.Equals(s.Treaty, treaty.Id, StringComparison.Ordinal));
                }

                var items = board.Select(s => new Dictionary<string, object?>
                {
                    ["treaty"] = s.Treaty,
                    ["name"] = kb.Find(s.Treaty)?.Name,
                    ["party"] = s.Party,
                    ["status"] = s.Status.Code(),
                    ["since"] = s.Since?.ToString(),
                    ["notice_given"] = s.NoticeGiven?.ToString(),
                    ["notice_effective"] = s.NoticeEffective?.ToString(),
                    ["description"] = s.Describe(),
                });
                return Results.Json(new { as_of = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), items });
            }
            catch (BadInputException ex)
            {
                return StoreHandler.Error(StatusCodes.Status400BadRequest, ex.Message);
            }
        });
    }
}
