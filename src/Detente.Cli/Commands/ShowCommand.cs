using System.Globalization;
using System.Text;
using System.Text.Json;
using Detente.Cli.Hosting;

namespace Detente.Cli.Commands;

/// <summary>Shows one stored article with its annotations highlighted, and optionally a sentence's dependency tree.</summary>
internal sealed class ShowCommand : ICliCommand, IHasFlags
{
    public string Name => "show";

    public string Summary => "show a stored article with its annotations highlighted";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "tree", "plain" };

    public string Help => """
        Usage: detente show ID [options]
        Prints the article's text with actor mentions [in brackets] and time expressions <in angle brackets>
        (in colour on a terminal), followed by its events, quotes and treaty actions with their evidence.

        Options:
          --sentence N     show only sentence N (0-based)
          --tree           with --sentence: print the sentence's dependency tree
          --format F       text (default) or json (the stored machine-interface record, with tokens)
          --plain          no colours even on a terminal
          --db PATH        the database

        Examples:
          detente show 003_e0bed1de2388a5c0
          detente show 003_e0bed1de2388a5c0 --sentence 3 --tree
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        if (args.Positional.Count != 1)
        {
            throw new CliUsageException("name one article id (see 'detente articles')");
        }

        var id = args.Positional[0];
        var format = args.Get("format") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new CliUsageException($"--format must be text or json, not '{format}'");
        }

        int? sentence = args.Get("sentence") is null ? null : args.GetInt("sentence", 0);
        bool tree = args.Has("tree");
        bool color = context.Interactive && !args.Has("plain") && !Console.IsOutputRedirected;
        await using var store = await StoreAccess.OpenAsync(args, context, mustExist: true, cancellationToken).ConfigureAwait(false);
        args.RejectUnknown();
        var json = await store.ArticleJsonAsync(id, cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            await context.Error.WriteLineAsync($"detente show: no stored article with id '{id}' (see 'detente articles')").ConfigureAwait(false);
            return 1;
        }

        if (format == "json")
        {
            await context.Out.WriteLineAsync(json).ConfigureAwait(false);
            return 0;
        }

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var text = root.GetProperty("text").GetString()!;
        var sentences = root.GetProperty("sentences").EnumerateArray().Select(s => (Start: s.GetProperty("start").GetInt32(), End: s.GetProperty("end").GetInt32())).ToList();
        var w = context.Out;
        await w.WriteLineAsync($"{id}: {Str(root, "title") ?? "(no title)"}").ConfigureAwait(false);
        await w.WriteLineAsync($"reference date: {Str(root, "reference_date") ?? "unknown"} ({Str(root, "date_source")})").ConfigureAwait(false);
        await w.WriteLineAsync().ConfigureAwait(false);

        (int Start, int End) window = (0, text.Length);
        if (sentence is { } n)
        {
            if (n < 0 || n >= sentences.Count)
            {
                throw new CliUsageException($"--sentence must be 0..{sentences.Count - 1} for this article");
            }

            window = sentences[n];
        }

        await w.WriteLineAsync(Highlight(root, text, window, color)).ConfigureAwait(false);
        if (tree && sentence is not null)
        {
            await w.WriteLineAsync().ConfigureAwait(false);
            await w.WriteLineAsync(Tree(root, text, window)).ConfigureAwait(false);
        }

        await WriteSectionAsync(w, root, "events", window, e =>
        {
            var src = ActorText(e.GetProperty("source"));
            var tgt = e.GetProperty("target").ValueKind == JsonValueKind.Null ? "" : " -> " + ActorText(e.GetProperty("target"));
            return $"{Str(e, "date") ?? "?"}  {src}{tgt}  CAMEO {Str(e, "cameo")} {Str(e, "plover")}  {Str(e, "modality")}  rule: {Str(e, "rule")}\n      \u201C{Slice(text, e)}\u201D";
        }).ConfigureAwait(false);
        await WriteSectionAsync(w, root, "quotes", window, q =>
        {
            var speaker = q.GetProperty("speaker");
            var who = speaker.ValueKind == JsonValueKind.Null ? "?" : Str(speaker, "text");
            return $"{Str(q, "kind")}  {who}: \u201C{Str(q, "text")}\u201D";
        }).ConfigureAwait(false);
        await WriteSectionAsync(w, root, "treaty_actions", window, t =>
            $"{Str(t, "date") ?? "?"}  {ActorText(t.GetProperty("party"))} {Str(t, "action")} {Str(t, "treaty")} ({Str(t, "status")})\n      \u201C{Slice(text, t)}\u201D").ConfigureAwait(false);
        return 0;
    }

    private static async Task WriteSectionAsync(TextWriter w, JsonElement root, string name, (int Start, int End) window, Func<JsonElement, string> line)
    {
        var items = root.GetProperty(name).EnumerateArray()
            .Where(e => e.GetProperty("start").GetInt32() < window.End && e.GetProperty("end").GetInt32() > window.Start).ToList();
        if (items.Count == 0)
        {
            return;
        }

        await w.WriteLineAsync().ConfigureAwait(false);
        await w.WriteLineAsync($"{name.Replace('_', ' ')} ({items.Count.ToString(CultureInfo.InvariantCulture)}):").ConfigureAwait(false);
        foreach (var e in items)
        {
            await w.WriteLineAsync("  " + line(e)).ConfigureAwait(false);
        }
    }

    private static string Highlight(JsonElement root, string text, (int Start, int End) window, bool color)
    {
        var marks = new List<(int Start, int End, string Open, string Close)>();
        foreach (var m in root.GetProperty("mentions").EnumerateArray())
        {
            var actor = m.GetProperty("actor");
            var label = actor.ValueKind == JsonValueKind.Null ? Str(m, "type") : Str(actor, "code") ?? Str(actor, "name");
            marks.Add((m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32(), color ? "\u001b[1;36m" : "[", color ? $"\u001b[0m\u001b[2m{{{label}}}\u001b[0m" : $"]{{{label}}}"));
        }

        foreach (var t in root.GetProperty("times").EnumerateArray())
        {
            marks.Add((t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), color ? "\u001b[1;33m" : "<", color ? $"\u001b[0m\u001b[2m{{{Str(t, "value")}}}\u001b[0m" : $">{{{Str(t, "value")}}}"));
        }

        marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var sb = new StringBuilder();
        int pos = window.Start;
        foreach (var (start, end, open, close) in marks)
        {
            if (start < pos || end > window.End)
            {
                continue;
            }

            sb.Append(text, pos, start - pos).Append(open).Append(text, start, end - start).Append(close);
            pos = end;
        }

        sb.Append(text, pos, window.End - pos);
        return sb.ToString();
    }

    private static string Tree(JsonElement root, string text, (int Start, int End) window)
    {
        if (!root.TryGetProperty("tokens", out var tokensElement))
        {
            return "(no tokens stored)";
        }

        var tokens = tokensElement.EnumerateArray().Select((t, i) => (Index: i, Start: t.GetProperty("start").GetInt32(), El: t))
            .Where(t => t.Start >= window.Start && t.Start < window.End).ToList();
        if (tokens.Count == 0 || Str(tokens[0].El, "rel") is null)
        {
            return "(this article was stored without a dependency parse)";
        }

        var children = tokens.ToLookup(t => t.El.GetProperty("head").GetInt32());
        var sb = new StringBuilder();
        void Walk(int index, string indent)
        {
            foreach (var c in children[index].OrderBy(c => c.Index))
            {
                var el = c.El;
                sb.Append(indent).Append(Str(el, "rel")).Append(": ").Append(Str(el, "form"))
                  .Append("  (").Append(Str(el, "upos")).Append(' ').Append(Str(el, "lemma")).Append(")\n");
                Walk(c.Index, indent + "    ");
            }
        }

        Walk(-1, "");
        return sb.ToString().TrimEnd();
    }

    private static string ActorText(JsonElement actor) =>
        actor.ValueKind == JsonValueKind.Null ? "?" : $"{Str(actor, "text")}{(Str(actor, "code") is { } code ? "{" + code + "}" : "")}";

    private static string Slice(string text, JsonElement e)
    {
        int s = e.GetProperty("start").GetInt32();
        int en = e.GetProperty("end").GetInt32();
        return s >= 0 && en <= text.Length && en >= s ? text[s..en].ReplaceLineEndings(" ") : "";
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
