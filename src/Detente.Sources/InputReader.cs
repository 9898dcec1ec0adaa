using System.Runtime.CompilerServices;
using System.Text;
using Detente.Sources.Feeds;
using Detente.Sources.Html;
using Detente.Sources.Text;
using Detente.Sources.Web;

namespace Detente.Sources;

/// <summary>
/// Turns the inputs a user names (files, directories searched recursively, glob patterns, "-" for standard input)
/// into articles, in a stable order. Every problem comes back as an item naming the input; reading goes on.
/// </summary>
public sealed class InputReader
{
    private readonly Dictionary<string, IFileReader> _byExtension = new(StringComparer.OrdinalIgnoreCase);
    private readonly IFileReader _fallback;
    private readonly WebSource? _web;

    /// <summary>Creates a reader over the given file readers; the first reader of an extension wins.</summary>
    public InputReader(IEnumerable<IFileReader> readers)
    {
        foreach (var r in readers)
        {
            foreach (var ext in r.Extensions)
            {
                _byExtension.TryAdd(ext, r);
            }
        }

        _fallback = _byExtension.TryGetValue(".txt", out var txt) ? txt : new PlainTextReader();
    }

    /// <summary>
    /// A reader for plain text, JSONL, saved web pages, saved feeds and the Reuters SGML collection; with
    /// <paramref name="web"/>, also http(s) URLs of pages and feeds, and the pages saved feeds link to.
    /// </summary>
    public static InputReader CreateDefault(WebSource? web = null) =>
        new(
            [new PlainTextReader(), new JsonlReader(), new ReutersSgmlReader(), new HtmlFileReader(new HtmlArticleReader(new HtmlArticleExtractor())), new FeedFileReader(new FeedParser(), web)],
            web);

    /// <summary>Creates a reader over the given file readers, and <paramref name="web"/> for URLs.</summary>
    public InputReader(IEnumerable<IFileReader> readers, WebSource? web)
        : this(readers) => _web = web;

    /// <summary>True when <paramref name="input"/> is an http(s) URL.</summary>
    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every extension some file reader takes.</summary>
    public IReadOnlyCollection<string> Extensions => _byExtension.Keys;

    /// <summary>True when a file reader takes <paramref name="path"/> by its extension.</summary>
    public bool Accepts(string path) => _byExtension.ContainsKey(ExtensionOf(path));

    /// <summary>The extension that picks a reader: ".sgm.gz" and ".html.gz" count whole, else the last one.</summary>
    public static string ExtensionOf(string path)
    {
        var ext = Path.GetExtension(path);
        if (ext.Equals(".gz", StringComparison.OrdinalIgnoreCase))
        {
            var inner = Path.GetExtension(path[..^3]);
            return inner.Length > 0 ? inner + ext : ext;
        }

        return ext;
    }

    /// <summary>Reads every input in order.</summary>
    public async IAsyncEnumerable<SourceItem> ReadAsync(IEnumerable<string> inputs, ReadOptions options, TextReader stdin, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var input in inputs)
        {
            await foreach (var item in ReadOneAsync(input, options, stdin, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    private async IAsyncEnumerable<SourceItem> ReadOneAsync(string input, ReadOptions options, TextReader stdin, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (input == "-")
        {
            await foreach (var item in ReadStdinAsync(stdin, options, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        if (IsUrl(input))
        {
            var items = _web is null ? Fail(input, "reading URLs is not enabled here") : _web.ReadInputAsync(input, cancellationToken);
            await foreach (var item in items.ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        IEnumerable<string> files;
        if (Directory.Exists(input))
        {
            files = EnumerateDirectory(input);
        }
        else if (File.Exists(input))
        {
            files = [input];
        }
        else if (Glob.IsPattern(input))
        {
            var matches = Glob.Expand(input).Where(Accepts).ToList();
            if (matches.Count == 0)
            {
                yield return SourceItem.Fail(input, "no file matches this pattern");
                yield break;
            }

            files = matches;
        }
        else
        {
            yield return SourceItem.Fail(input, "no such file or directory");
            yield break;
        }

        foreach (var file in files)
        {
            var reader = _byExtension.GetValueOrDefault(ExtensionOf(file)) ?? _fallback;
            await foreach (var item in reader.ReadAsync(file, options, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    private static async IAsyncEnumerable<SourceItem> Fail(string input, string error)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return SourceItem.Fail(input, error);
    }

    private IEnumerable<string> EnumerateDirectory(string directory)
    {
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(directory, "*", enumeration)
            .Where(Accepts)
            .Order(StringComparer.Ordinal);
    }

    private static async IAsyncEnumerable<SourceItem> ReadStdinAsync(TextReader stdin, ReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string all;
        try
        {
            all = await stdin.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException)
        {
            all = string.Empty;
        }

        bool jsonl = options.StdinFormat == "jsonl" || (options.StdinFormat == "auto" && all.AsSpan().TrimStart().StartsWith("{"));
        if (jsonl)
        {
            await foreach (var item in JsonlReader.ReadLinesAsync(new StringReader(all), "stdin", options, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }

            yield break;
        }

        yield return PlainTextReader.FromBytes("stdin", "stdin", Encoding.UTF8.GetBytes(all), options);
    }
}
