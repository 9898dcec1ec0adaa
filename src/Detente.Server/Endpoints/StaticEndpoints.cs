using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Detente.Server.Endpoints;

/// <summary>The dashboard (/ and /static/{file}) and the OpenAPI document, served from embedded files.</summary>
internal static class StaticEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
    };

    /// <summary>Maps the routes.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Serve("index.html"));
        app.MapGet("/static/{file}", (string file) => Serve(file));
        app.MapGet("/openapi/v1.json", () => Serve("openapi.json"));
    }

    private static IResult Serve(string file)
    {
        var ext = Path.GetExtension(file);
        var stream = typeof(StaticEndpoints).Assembly.GetManifestResourceStream("wwwroot/" + file);
        if (stream is null || !ContentTypes.TryGetValue(ext, out var type))
        {
            stream?.Dispose();
            return Results.NotFound();
        }

        return Results.Stream(stream, type);
    }
}
