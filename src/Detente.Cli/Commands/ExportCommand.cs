using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Detente.Cli.Hosting;
using Detente.Cli.Output;
using Detente.Storage;

namespace Detente.Cli.Commands;

/// <summary>Writes every stored event in a format other tools read.</summary>
internal sealed class ExportCommand : ICliCommand
{
    private const int PageSize = 10_000;

    private static readonly string[] GdeltColumns = BuildGdeltColumns();

    public string Name => "export";

    public string Summary => "export stored events as csv, jsonl, Parquet, GDELT 2.0 or PLOVER JSON";

    public string Help => """
        Usage: detente export --format csv|jsonl|parquet|gdelt|plover [--out FILE] [--db PATH|postgres://...]
        Writes every stored event (to standard output unless --out names a file):
          csv, jsonl  the columns of 'detente events'
          parquet     the same columns as an Apache Parquet file (needs --out), typed: quad, start and end as
                      32-bit integers, goldstein and confidence as doubles, the rest as UTF-8 strings; one row
                      group per 10,000 events, Snappy-compressed. DuckDB: SELECT * FROM 'events.parquet'
          gdelt       tab-separated rows with the 61 columns of the GDELT 2.0 event table (header first); the
                      columns Detente does not code (geography, tone, religion ...) are left empty
          plover      PLOVER JSON records, one per line: id, date, actor, recipient, event, mode, quad_code,
                      event_scale, event_text, coder
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var format = args.Get("format") ?? throw new CliUsageException("--format is required: csv, jsonl, parquet, gdelt or plover");
        if (format is not ("csv" or "jsonl" or "parquet" or "gdelt" or "plover"))
        {
            throw new CliUsageException($"--format must be csv, jsonl, parquet, gdelt or plover, not '{format}'");
        }

        var outPath = args.Get("out");
        if (format == "parquet" && outPath is null)
        {
            throw new CliUsageException("--format parquet writes a binary file: name it with --out FILE");
        }

        await using var store = await StoreAccess.OpenAsync(args, context, mustExist: true, cancellationToken).ConfigureAwait(false);
        args.RejectUnknown();
        if (format == "parquet")
        {
            await using var stream = File.Create(outPath!);
            await using var parquet = await ParquetEventWriter.CreateAsync(stream, cancellationToken).ConfigureAwait(false);
            await foreach (var page in PagesAsync(store, cancellationToken).ConfigureAwait(false))
            {
                await parquet.WriteAsync(page, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }

        var rows = new List<Row>();
        await foreach (var page in PagesAsync(store, cancellationToken).ConfigureAwait(false))
        {
            rows.AddRange(page);
        }

        await using var file = outPath is null ? null : new StreamWriter(outPath, append: false, new UTF8Encoding(false));
        var w = (TextWriter?)file ?? context.Out;
        switch (format)
        {
            case "gdelt":
                await WriteGdeltAsync(w, rows).ConfigureAwait(false);
                break;
            case "plover":
                await WritePloverAsync(w, rows).ConfigureAwait(false);
                break;
            default:
                await RowWriter.WriteAsync(w, rows, format).ConfigureAwait(false);
                break;
        }

        await w.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Every stored event, a page at a time, oldest first.</summary>
    private static async IAsyncEnumerable<IReadOnlyList<Row>> PagesAsync(IDetenteStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (int offset = 0; ; offset += PageSize)
        {
            var page = await store.EventsAsync(new QueryFilter { Limit = PageSize, Offset = offset }, cancellationToken).ConfigureAwait(false);
            yield return page;
            if (page.Count < PageSize)
            {
                yield break;
            }
        }
    }

    private static IEnumerable<(string Id, Row Row)> WithIds(IEnumerable<Row> rows)
    {
        var perArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var article = Text(row, "article_id");
            perArticle[article] = perArticle.GetValueOrDefault(article) + 1;
            yield return (article + "-" + perArticle[article].ToString(CultureInfo.InvariantCulture), row);
        }
    }

    private static async Task WritePloverAsync(TextWriter w, IReadOnlyList<Row> rows)
    {
        var coded = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (id, r) in WithIds(rows))
        {
            var record = new Dictionary<string, object?>
            {
                ["id"] = id,
                ["date"] = r["date"],
                ["actor"] = new[] { Entity(r, "source") },
                ["recipient"] = r["target"] is null && r["target_code"] is null ? Array.Empty<object>() : new[] { Entity(r, "target") },
                ["event"] = r["plover"] is null ? Array.Empty<object>() : new[] { r["plover"] },
                ["mode"] = r["modality"] is "asserted" or null ? Array.Empty<object>() : new[] { r["modality"] },
                ["quad_code"] = r["quad"],
                ["event_scale"] = r["goldstein"],
                ["event_text"] = new[] { r["evidence"] },
                ["coder"] = "detente " + Text(r, "rule"),
                ["coded_date"] = coded,
                ["cameo"] = r["cameo"],
            };
            await w.WriteLineAsync(JsonSerializer.Serialize(record)).ConfigureAwait(false);
        }
    }

    private static Dictionary<string, object?> Entity(Row r, string side) => new()
    {
        ["code"] = r[side + "_code"] ?? r[side + "_country"],
        ["country"] = r[side + "_country"],
        ["text"] = r[side],
    };

    private static async Task WriteGdeltAsync(TextWriter w, IReadOnlyList<Row> rows)
    {
        await w.WriteLineAsync(string.Join('\t', GdeltColumns)).ConfigureAwait(false);
        var added = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        long n = 0;
        foreach (var (_, r) in WithIds(rows))
        {
            n++;
            var cells = new Dictionary<string, string>(StringComparer.Ordinal) { ["GlobalEventID"] = n.ToString(CultureInfo.InvariantCulture) };
            var date = Text(r, "date");
            if (date.Length >= 4)
            {
                cells["Year"] = date[..4];
                cells["MonthYear"] = date.Length >= 7 ? date[..4] + date[5..7] : string.Empty;
                if (DateOnly.TryParseExact(date.Length >= 10 ? date[..10] : string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    cells["Day"] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                    cells["FractionDate"] = (d.Year + (d.DayOfYear / 365.0)).ToString("0.0000", CultureInfo.InvariantCulture);
                }
            }

            foreach (var (side, actor) in new[] { ("source", "Actor1"), ("target", "Actor2") })
            {
                cells[actor + "Code"] = Text(r, side + "_code");
                cells[actor + "Name"] = Text(r, side).ToUpperInvariant();
                cells[actor + "CountryCode"] = Text(r, side + "_country");
            }

            var cameo = Text(r, "cameo");
            cells["IsRootEvent"] = "1";
            cells["EventCode"] = cameo;
            cells["EventBaseCode"] = cameo.Length > 3 ? cameo[..3] : cameo;
            cells["EventRootCode"] = cameo.Length > 2 ? cameo[..2] : cameo;
            cells["QuadClass"] = Text(r, "quad");
            cells["GoldsteinScale"] = Convert.ToDouble(r["goldstein"] ?? 0.0, CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture);
            cells["NumMentions"] = cells["NumSources"] = cells["NumArticles"] = "1";
            cells["DATEADDED"] = added;
            cells["SOURCEURL"] = Text(r, "article_id");
            await w.WriteLineAsync(string.Join('\t', GdeltColumns.Select(c => cells.GetValueOrDefault(c, string.Empty).Replace('\t', ' ')))).ConfigureAwait(false);
        }
    }

    private static string Text(Row r, string column) => Convert.ToString(r[column], CultureInfo.InvariantCulture) ?? string.Empty;

    private static string[] BuildGdeltColumns()
    {
        var columns = new List<string> { "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate" };
        foreach (var a in new[] { "Actor1", "Actor2" })
        {
            columns.AddRange(new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code" }.Select(c => a + c));
        }

        columns.AddRange(["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]);
        foreach (var g in new[] { "Actor1Geo_", "Actor2Geo_", "ActionGeo_" })
        {
            columns.AddRange(new[] { "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID" }.Select(c => g + c));
        }

        columns.AddRange(["DATEADDED", "SOURCEURL"]);
        return [.. columns];
    }
}
