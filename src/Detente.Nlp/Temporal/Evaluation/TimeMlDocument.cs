using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Detente.Core.Model;

namespace Detente.Nlp.Temporal.Evaluation;

/// <summary>A TimeML file read for scoring: the plain text of its TEXT element, its creation time and its gold TIMEX3s.</summary>
/// <param name="Id">File name without extension.</param>
/// <param name="Text">Text of the TEXT element with every tag removed and entities decoded.</param>
/// <param name="CreationDate">The document creation time (DCT), when the file has one.</param>
/// <param name="Gold">Gold time expressions inside TEXT, in text order.</param>
public sealed record TimeMlDocument(string Id, string Text, DateOnly? CreationDate, ImmutableArray<TimeExpression> Gold)
{
    /// <summary>Reads a TimeML file.</summary>
    /// <exception cref="InvalidDataException">The file has no TEXT element.</exception>
    public static TimeMlDocument Load(string path) =>
        Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), path);

    /// <summary>Parses TimeML markup; <paramref name="origin"/> names the source in errors.</summary>
    /// <exception cref="InvalidDataException">The markup has no TEXT element.</exception>
    public static TimeMlDocument Parse(string id, string xml, string origin)
    {
        int textStart = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        int textEnd = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (textStart < 0 || textEnd < textStart)
        {
            throw new InvalidDataException(origin + ": no <TEXT> element");
        }

        DateOnly? dct = null;
        int dctAt = xml.IndexOf("functionInDocument=\"CREATION_TIME\"", StringComparison.Ordinal);
        if (dctAt >= 0)
        {
            int tagStart = xml.LastIndexOf('<', dctAt);
            int tagEnd = xml.IndexOf('>', dctAt);
            var value = Attribute(xml.AsSpan(tagStart, tagEnd - tagStart), "value");
            if (value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                dct = d;
            }
            else if (value is { Length: 8 } && DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d8))
            {
                dct = d8;
            }
        }

        var text = new StringBuilder(textEnd - textStart);
        var gold = ImmutableArray.CreateBuilder<TimeExpression>();
        int openAt = -1;
        string? type = null, val = null;
        for (int i = textStart + "<TEXT>".Length; i < textEnd; i++)
        {
            char c = xml[i];
            if (c == '<')
            {
                int close = xml.IndexOf('>', i);
                var tag = xml.AsSpan(i + 1, close - i - 1);
                if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                {
                    openAt = text.Length;
                    type = Attribute(tag, "type");
                    val = Attribute(tag, "value");
                }
                else if (tag.StartsWith("/TIMEX3", StringComparison.Ordinal) && openAt >= 0)
                {
                    var range = new TextRange(openAt, text.Length);
                    gold.Add(new TimeExpression(range, text.ToString(openAt, text.Length - openAt), ParseType(type), val ?? string.Empty, "gold"));
                    openAt = -1;
                }

                i = close;
            }
            else if (c == '&')
            {
                int semi = xml.IndexOf(';', i);
                var entity = semi > i ? xml.AsSpan(i + 1, semi - i - 1) : default;
                char decoded = entity switch
                {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    _ => '\0',
                };
                if (decoded != '\0')
                {
                    text.Append(decoded);
                    i = semi;
                }
                else
                {
                    text.Append(c);
                }
            }
            else
            {
                text.Append(c);
            }
        }

        return new TimeMlDocument(id, text.ToString(), dct, gold.ToImmutable());
    }

    private static TimexType ParseType(string? type) => type switch
    {
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        "SET" => TimexType.Set,
        _ => TimexType.Date,
    };

    private static string? Attribute(ReadOnlySpan<char> tag, string name)
    {
        var key = " " + name + "=\"";
        int at = tag.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = tag[(at + key.Length)..];
        int end = rest.IndexOf('"');
        return end < 0 ? null : rest[..end].ToString();
    }
}
