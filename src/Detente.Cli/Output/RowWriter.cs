using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Detente.Storage;

namespace Detente.Cli.Output;

/// <summary>Writes rows as an aligned table, a JSON array, JSON lines or CSV.</summary>
internal static class RowWriter
{
    private const int MaxCellWidth = 60;

    /// <summary>The formats list commands accept.</summary>
    public static readonly string[] Formats = ["table", "json", "jsonl", "csv"];

    /// <summary>Writes <paramref name="rows"/> in <paramref name="format"/>.</summary>
    public static async Task WriteAsync(TextWriter w, IReadOnlyList<Row> rows, string format)
    {
        switch (format)
        {
            case "json":
                await w.WriteLineAsync(JsonArray(rows)).ConfigureAwait(false);
                break;
            case "jsonl":
                foreach (var r in rows)
                {
                    await w.WriteLineAsync(JsonObject(r)).ConfigureAwait(false);
                }

                break;
            case "csv":
                await WriteCsvAsync(w, rows).ConfigureAwait(false);
                break;
            default:
                await WriteTableAsync(w, rows).ConfigureAwait(false);
                break;
        }
    }

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string JsonObject(Row r)
    {
        using var ms = new MemoryStream();
        using (var jw = new Utf8JsonWriter(ms, Options))
        {
            WriteObject(jw, r);
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string JsonArray(IReadOnlyList<Row> rows)
    {
        using var ms = new MemoryStream();
        using (var jw = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = Options.Encoder, Indented = true }))
        {
            jw.WriteStartArray();
            foreach (var r in rows)
            {
                WriteObject(jw, r);
            }

            jw.WriteEndArray();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void WriteObject(Utf8JsonWriter jw, Row r)
    {
        jw.WriteStartObject();
        foreach (var (k, v) in r.Cells)
        {
            switch (v)
            {
                case null:
                    jw.WriteNull(k);
                    break;
                case long l:
                    jw.WriteNumber(k, l);
                    break;
                case int i:
                    jw.WriteNumber(k, i);
                    break;
                case double d:
                    jw.WriteNumber(k, d);
                    break;
                default:
                    jw.WriteString(k, Convert.ToString(v, CultureInfo.InvariantCulture));
                    break;
            }
        }

        jw.WriteEndObject();
    }

    private static async Task WriteCsvAsync(TextWriter w, IReadOnlyList<Row> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await w.WriteLineAsync(string.Join(",", rows[0].Cells.Select(c => Csv(c.Key)))).ConfigureAwait(false);
        foreach (var r in rows)
        {
            await w.WriteLineAsync(string.Join(",", r.Cells.Select(c => Csv(Cell(c.Value))))).ConfigureAwait(false);
        }
    }

    private static string Csv(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private static string Cell(object? v) => v switch
    {
        null => string.Empty,
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static async Task WriteTableAsync(TextWriter w, IReadOnlyList<Row> rows)
    {
        if (rows.Count == 0)
        {
            await w.WriteLineAsync("(none)").ConfigureAwait(false);
            return;
        }

        var columns = rows[0].Cells.Select(c => c.Key).ToList();
        var cells = rows.Select(r => r.Cells.Select(c => Shorten(Cell(c.Value).ReplaceLineEndings(" "))).ToList()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Length, cells.Max(r => r[i].Length))).ToList();
        await w.WriteLineAsync(string.Join("  ", columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()).ConfigureAwait(false);
        await w.WriteLineAsync(string.Join("  ", widths.Select(x => new string('-', x)))).ConfigureAwait(false);
        foreach (var r in cells)
        {
            await w.WriteLineAsync(string.Join("  ", r.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()).ConfigureAwait(false);
        }
    }

    private static string Shorten(string s) => s.Length <= MaxCellWidth ? s : string.Concat(s.AsSpan(0, MaxCellWidth - 1), "\u2026");
}
