using System.Security.Cryptography;
using System.Text;

namespace Detente.Core.Model;

/// <summary>One input article as read from a source: the text that every offset indexes, and its metadata.</summary>
/// <param name="Id">Stable identifier (file name without extension, JSONL id, URL hash ...).</param>
/// <param name="Text">The input text exactly as read (minus a byte-order mark).</param>
/// <param name="Title">Headline, when known.</param>
/// <param name="Published">Publication date from metadata, when known.</param>
/// <param name="Source">Where the article came from (path, URL, "stdin").</param>
/// <param name="Url">Canonical URL, when known.</param>
public sealed record Article(string Id, string Text, string? Title = null, DateOnly? Published = null, string? Source = null, string? Url = null)
{
    /// <summary>Author or byline, when the source gives one.</summary>
    public string? Author { get; init; }

    /// <summary>Language of the text (ISO 639-1, lower-case), when declared or detected.</summary>
    public string? Language { get; init; }

    /// <summary>The id of the article this one copies (an exact or near duplicate, such as a syndicated wire story), when any.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>SHA-256 of title and text, lower-case hex; equal hashes mean the same content.</summary>
    public string ContentHash => ComputeHash(Title, Text);

    /// <summary>Computes the content hash used to make ingest idempotent.</summary>
    public static string ComputeHash(string? title, string text)
    {
        var bytes = Encoding.UTF8.GetBytes((title ?? string.Empty) + "\u0000" + text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
