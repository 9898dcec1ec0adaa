using System.Globalization;
using Detente.Storage;
using Microsoft.AspNetCore.Http;

namespace Detente.Server.Api;

/// <summary>Reads and validates the query-string parameters of a listing request.</summary>
internal static class RequestQuery
{
    private static readonly string[] Modalities = ["asserted", "negated", "hypothetical", "future", "reported", "demanded", "denied", "planned", "conditional", "question"];

    /// <summary>The filter the request names; throws <see cref="BadInputException"/> on invalid values.</summary>
    public static QueryFilter Filter(HttpRequest request, int maxPageSize)
    {
        var q = request.Query;
        var limit = Int(q, "limit", 1, maxPageSize) ?? Math.Min(100, maxPageSize);
        var offset = Int(q, "offset", 0, int.MaxValue) ?? 0;
        var from = Date(q, "from");
        var to = Date(q, "to");
        if (from is not null && to is not null && from > to)
        {
            throw new BadInputException($"'from' ({from:yyyy-MM-dd}) is after 'to' ({to:yyyy-MM-dd})");
        }

        (string, string)? dyad = null;
        if (Text(q, "dyad") is { } d)
        {
            var parts = d.Split(['-', ','], StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts.Any(p => p.Length == 0))
            {
                throw new BadInputException($"'dyad' must be two country codes such as USA-RUS, not '{d}'");
            }

            dyad = (parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant());
        }

        var code = Text(q, "code");
        if (code is not null && (code.Length > 4 || !code.All(char.IsAsciiDigit)))
        {
            throw new BadInputException($"'code' must be a CAMEO code prefix of 1 to 4 digits, not '{code}'");
        }

        var modality = Text(q, "modality")?.ToLowerInvariant();
        if (modality is not null && !modality.All(char.IsAsciiLetterLower))
        {
            throw new BadInputException($"'modality' must be a word such as {string.Join(", ", Modalities.Take(3))}, not '{modality}'");
        }

        var order = Text(q, "order") ?? "oldest";
        if (order is not ("oldest" or "newest"))
        {
            throw new BadInputException($"'order' must be oldest or newest, not '{order}'");
        }

        return new QueryFilter
        {
            Actor = Text(q, "actor"),
            Dyad = dyad,
            Code = code,
            Quad = Int(q, "quad", 1, 4),
            Modality = modality,
            From = from,
            To = to,
            Article = Text(q, "article"),
            Speaker = Text(q, "speaker"),
            Treaty = Text(q, "treaty"),
            NewestFirst = order == "newest",
            Limit = limit,
            Offset = offset,
        };
    }

    /// <summary>A trimmed non-empty parameter, or null; throws when too long.</summary>
    public static string? Text(IQueryCollection q, string name)
    {
        var value = q[name].ToString().Trim();
        if (value.Length > 200)
        {
            throw new BadInputException($"'{name}' is longer than 200 characters");
        }

        return value.Length == 0 ? null : value;
    }

    private static int? Int(IQueryCollection q, string name, int min, int max)
    {
        if (Text(q, name) is not { } s)
        {
            return null;
        }

        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            throw new BadInputException($"'{name}' must be a whole number from {min} to {max}, not '{s}'");
        }

        return n;
    }

    /// <summary>A YYYY-MM-DD parameter, or null; throws when malformed.</summary>
    public static DateOnly? Date(IQueryCollection q, string name)
    {
        if (Text(q, name) is not { } s)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            throw new BadInputException($"'{name}' must be a date as YYYY-MM-DD, not '{s}'");
        }

        return d;
    }
}
