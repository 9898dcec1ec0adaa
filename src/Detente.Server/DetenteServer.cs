using Detente.Server.Api;
using Detente.Server.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Detente.Server;

/// <summary>Builds the HTTP service: the JSON API under /api, the OpenAPI document and the dashboard.</summary>
public static class DetenteServer
{
    /// <summary>Creates the application, configured but not started.</summary>
    public static WebApplication Build(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Ingest is not null && string.IsNullOrEmpty(options.Token))
        {
            throw new ArgumentException("ingest needs a token", nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(DetenteServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.AddServerHeader = false;
        });
        builder.Services.ConfigureHttpJsonOptions(j => j.SerializerOptions.PropertyNamingPolicy = null);
        var app = builder.Build();
        var handler = new StoreHandler(options);
        ArticleEndpoints.Map(app, handler);
        ListingEndpoints.Map(app, handler);
        DyadEndpoints.Map(app, handler);
        TreatyStatusEndpoints.Map(app, options);
        SearchEndpoints.Map(app, handler);
        IngestEndpoints.Map(app, options);
        StaticEndpoints.Map(app);
        return app;
    }
}
