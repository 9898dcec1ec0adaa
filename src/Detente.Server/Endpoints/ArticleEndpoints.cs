using Detente.Server.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Detente.Server.Endpoints;

/// <summary>GET /api/articles and /api/articles/{id}.</summary>
internal static class ArticleEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder app, StoreHandler handler)
    {
        app.MapGet("/api/articles", (HttpContext http, CancellationToken ct) => handler.ListAsync(http, (s, f) => s.ArticlesAsync(f, ct)));
        app.MapGet("/api/articles/{id}", (HttpContext http, string id, CancellationToken ct) => handler.RunAsync(http, async store =>
        {
            if (id.Length > 200)
            {
                throw new BadInputException("the article id is longer than 200 characters");
            }

            var json = await store.ArticleJsonAsync(id, ct).ConfigureAwait(false);
            return json is null
                ? StoreHandler.Error(StatusCodes.Status404NotFound, $"no article with id '{id}'")
                : Results.Text(json, "application/json");
        }));
    }
}
