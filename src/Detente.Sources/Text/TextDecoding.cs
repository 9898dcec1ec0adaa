using System.Text;

namespace Detente.Sources.Text;

/// <summary>Strict UTF-8 decoding with clear reasons for refusing binary, empty or invalid input.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> as UTF-8 (BOM dropped), or says why it is not text.</summary>
    /// <returns>The text, or null with <paramref name="error"/> set.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.IsEmpty)
        {
            error = "empty input";
            return null;
        }

        int probe = Math.Min(bytes.Length, 8192);
        int controls = 0;
        for (int i = 0; i < probe; i++)
        {
            byte b = bytes[i];
            if (b == 0)
            {
                error = $"binary data (a NUL byte at offset {i}), not text";
                return null;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                controls++;
            }
        }

        if (controls * 10 > probe)
        {
            error = "binary data (too many control bytes), not text";
            return null;
        }

        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            error = $"invalid UTF-8 at byte offset {ex.Index}";
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty input (only whitespace)";
            return null;
        }

        error = null;
        return text;
    }
}
