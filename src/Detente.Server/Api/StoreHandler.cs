using Detente.Storage;
using Microsoft.AspNetCore.Http;

namespace Detente.Server.Api;

/// <summary>Runs a request against a store connection opened for it, turning invalid input into a 400.</summary>
internal sealed class StoreHandler(ServerOptions options)
{
    /// <summary>The service options.</summary>
    public ServerOptions Options => options;

    /// <summary>Opens the store, runs <paramref name="work"/>, and answers 400 with a message on bad input.</summary>
    public async Task<IResult> RunAsync(HttpContext http, Func<IDetenteStore, Task<IResult>> work)
    {
        try
        {
            await using var store = await options.OpenStore(http.RequestAborted).ConfigureAwait(false);
            return await work(store).ConfigureAwait(false);
        }
        catch (BadInputException ex)
        {
            return Error(StatusCodes.Status400BadRequest, ex.Message);
        }
    }

    /// <summary>Lists rows for a request's filter as a page.</summary>
    public Task<IResult> ListAsync(HttpContext http, Func<IDetenteStore, QueryFilter, Task<IReadOnlyList<Row>>> query) =>
        RunAsync(http, async store =>
        {
            var filter = RequestQuery.Filter(http.Request, options.MaxPageSize);
            var rows = await query(store, filter).ConfigureAwait(false);
            return Page(rows, filter);
        });

    /// <summary>A page of rows as JSON: { items, limit, offset }.</summary>
    public static IResult Page(IReadOnlyList<Row> rows, QueryFilter filter) =>
        Results.Json(new { items = rows.Select(ToDictionary), limit = filter.Limit, offset = filter.Offset });

    /// <summary>An error response: { error: message }.</summary>
    public static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    /// <summary>A row as an ordered JSON object.</summary>
    public static Dictionary<string, object?> ToDictionary(Row row) => row.Cells.ToDictionary(c => c.Key, c => c.Value);
}
