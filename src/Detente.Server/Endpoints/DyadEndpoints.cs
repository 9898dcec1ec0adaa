using Detente.Server.Api;
using Detente.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Detente.Server.Endpoints;

/// <summary>GET /api/dyads/{a}/{b}/series?interval=day|week|month|year.</summary>
internal static class DyadEndpoints
{
    /// <summary>Maps the route.</summary>
    public static void Map(IEndpointRouteBuilder app, StoreHandler handler)
    {
        app.MapGet("/api/dyads/{a}/{b}/series", (HttpContext http, string a, string b, CancellationToken ct) => handler.RunAsync(http, async store =>
        {
            foreach (var (name, code) in new[] { ("a", a), ("b", b) })
            {
                if (code.Length is 0 or > 8 || !code.All(char.IsAsciiLetterOrDigit))
                {
                    throw new BadInputException($"country '{name}' must be a code of 1 to 8 letters such as USA, not '{code}'");
                }
            }

            var intervalText = RequestQuery.Text(http.Request.Query, "interval") ?? "month";
            SeriesInterval interval = intervalText switch
            {
                "day" => SeriesInterval.Day,
                "week" => SeriesInterval.Week,
                "month" => SeriesInterval.Month,
                "year" => SeriesInterval.Year,
                _ => throw new BadInputException($"'interval' must be day, week, month or year, not '{intervalText}'"),
            };
            var filter = RequestQuery.Filter(http.Request, int.MaxValue) with { Limit = int.MaxValue, Offset = 0 };
            var rows = await store.DyadSeriesAsync(a.ToUpperInvariant(), b.ToUpperInvariant(), interval, filter, ct).ConfigureAwait(false);
            return Results.Json(new { a = a.ToUpperInvariant(), b = b.ToUpperInvariant(), interval = intervalText, periods = rows.Select(StoreHandler.ToDictionary) });
        }));
    }
}
