using System.Runtime.CompilerServices;
using Detente.Core.Model;

namespace Detente.Sources.Text;

/// <summary>Reads a UTF-8 text file (BOM tolerated) as one article; the id is the file name without extension.</summary>
public sealed class PlainTextReader : IFileReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceItem> ReadAsync(string path, ReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var bytes = await FileBytes.ReadAsync(path, options, cancellationToken).ConfigureAwait(false);
        if (bytes.Error is not null)
        {
            yield return SourceItem.Fail(path, bytes.Error);
            yield break;
        }

        yield return FromBytes(path, Path.GetFileNameWithoutExtension(path), bytes.Data!, options);
    }

    /// <summary>Makes an article from raw bytes, or an error item saying why they are not usable text.</summary>
    public static SourceItem FromBytes(string input, string id, byte[] data, ReadOptions options)
    {
        var text = TextDecoding.Decode(data, out var error);
        if (text is null)
        {
            return SourceItem.Fail(input, error!);
        }

        if (text.Length > options.MaxArticleChars)
        {
            return SourceItem.Fail(input, $"text too long ({text.Length} characters; the limit is {options.MaxArticleChars})");
        }

        return SourceItem.Ok(input, new Article(id, text, HeadlineDetector.Find(text), options.Date, input));
    }
}
