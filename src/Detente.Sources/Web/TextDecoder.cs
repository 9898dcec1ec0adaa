using System.Text;
using System.Text.RegularExpressions;

namespace Detente.Sources.Web;

/// <summary>
/// Decodes fetched or saved bytes to text: a byte-order mark wins, then the charset of the Content-Type header,
/// then the document's own declaration (the XML prolog's encoding, or an HTML meta charset in the first 2 KB),
/// else UTF-8 — or Windows-1252 when the bytes are not valid UTF-8. Legacy code pages (Windows-1252,
/// KOI8-R, Shift-JIS ...) come from the code-pages provider without registering it globally.
/// </summary>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="headerCharset"/> is the HTTP charset, when any.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? headerCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var encoding = Find(headerCharset) ?? Find(DeclaredCharset(bytes));
        if (encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            return encoding.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (Find("windows-1252") ?? Encoding.Latin1).GetString(bytes);
        }
    }

    /// <summary>The encoding named <paramref name="name"/>, or null when the name is unknown.</summary>
    public static Encoding? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var n = name.Trim().Trim('"', '\'');
        try
        {
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(n) ?? Encoding.GetEncoding(n);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The charset a document declares about itself in its first 2 KB (XML prolog or HTML meta), or null.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var m = XmlDeclRegex().Match(head);
        if (m.Success)
        {
            return m.Groups[1].Value;
        }

        m = MetaCharsetRegex().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>The charset parameter of a Content-Type header value, or null.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var m = CharsetParamRegex().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']")]
    private static partial Regex XmlDeclRegex();

    [GeneratedRegex(@"(?i)<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9._:-]+)")]
    private static partial Regex MetaCharsetRegex();

    [GeneratedRegex(@"(?i)charset\s*=\s*[""']?([A-Za-z0-9._:-]+)")]
    private static partial Regex CharsetParamRegex();
}
