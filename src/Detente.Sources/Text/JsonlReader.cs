using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Detente.Core.Model;

namespace Detente.Sources.Text;

/// <summary>
/// Reads JSON Lines: one object per line with "id" and "text" (required) and "title", "date", "url" (optional).
/// A bad line becomes an error item naming the file and line; the other lines are read. Files ending in .gz are
/// gzipped JSONL, read as a stream.
/// </summary>
public sealed class JsonlReader : IFileReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"];

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceItem> ReadAsync(string path, ReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        StreamReader? reader = null;
        string? openError = null;
        try
        {
            Stream stream = File.OpenRead(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            openError = File.Exists(path) ? "cannot read: " + ex.Message : "no such file";
        }

        if (reader is null)
        {
            yield return SourceItem.Fail(path, openError!);
            yield break;
        }

        using (reader)
        {
            await foreach (var item in ReadLinesAsync(reader, path, options, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    /// <summary>Reads JSONL from an open reader; <paramref name="name"/> names the input in messages.</summary>
    public static async IAsyncEnumerable<SourceItem> ReadLinesAsync(TextReader reader, string name, ReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int number = 0;
        while (true)
        {
            string? line;
            string? readError = null;
            try
            {
                line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DecoderFallbackException)
            {
                line = null;
                readError = $"invalid UTF-8 after line {number}";
            }
            catch (InvalidDataException)
            {
                line = null;
                readError = $"not valid gzip data after line {number}";
            }

            if (readError is not null)
            {
                yield return SourceItem.Fail(name, readError);
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine(line, $"{name}:{number.ToString(CultureInfo.InvariantCulture)}", options);
        }
    }

    /// <summary>Parses one JSONL line into an article or an error item.</summary>
    public static SourceItem ParseLine(string line, string input, ReadOptions options)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return SourceItem.Fail(input, "malformed JSON: " + ex.Message);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SourceItem.Fail(input, "expected a JSON object per line");
            }

            if (!TryString(root, "id", out var id, out var error) || !TryString(root, "text", out var text, out error))
            {
                return SourceItem.Fail(input, error!);
            }

            if (id is null || id.Length == 0)
            {
                return SourceItem.Fail(input, "missing \"id\"");
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return SourceItem.Fail(input, "missing or empty \"text\"");
            }

            if (text.Length > options.MaxArticleChars)
            {
                return SourceItem.Fail(input, $"\"text\" too long ({text.Length} characters; the limit is {options.MaxArticleChars})");
            }

            if (!TryString(root, "title", out var title, out error) || !TryString(root, "url", out var url, out error) ||
                !TryString(root, "date", out var dateText, out error))
            {
                return SourceItem.Fail(input, error!);
            }

            DateOnly? date = options.Date;
            if (!string.IsNullOrEmpty(dateText))
            {
                if (!TryParseDate(dateText, out var parsed))
                {
                    return SourceItem.Fail(input, $"\"date\" is not an ISO 8601 date: '{dateText}'");
                }

                date = parsed;
            }

            return SourceItem.Ok(input, new Article(id, text, title, date, input, url));
        }
    }

    /// <summary>Parses "YYYY-MM-DD" or an ISO 8601 date-time (the date part is kept).</summary>
    public static bool TryParseDate(string s, out DateOnly date)
    {
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto) && s.Length >= 10 && char.IsDigit(s[0]))
        {
            date = DateOnly.FromDateTime(dto.UtcDateTime);
            return true;
        }

        return false;
    }

    private static bool TryString(JsonElement root, string name, out string? value, out string? error)
    {
        value = null;
        error = null;
        if (!root.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (p.ValueKind == JsonValueKind.Number && name == "id")
        {
            value = p.GetRawText();
            return true;
        }

        if (p.ValueKind != JsonValueKind.String)
        {
            error = $"\"{name}\" must be a string, not {p.ValueKind.ToString().ToLowerInvariant()}";
            return false;
        }

        value = p.GetString();
        return true;
    }
}
