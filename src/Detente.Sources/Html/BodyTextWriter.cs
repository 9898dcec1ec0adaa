using System.Text;
using AngleSharp.Dom;

namespace Detente.Sources.Html;

/// <summary>
/// Turns a DOM subtree into plain text: whitespace collapsed inside blocks, one paragraph per block element,
/// paragraphs separated by a blank line. Script, style and form controls are skipped.
/// </summary>
public static class BodyTextWriter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
        "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "hr", "address", "details", "summary",
        "form", "fieldset", "center", "br",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "button", "select", "option", "textarea", "input", "head", "title", "meta", "link",
    };

    /// <summary>True for elements that start a new paragraph.</summary>
    public static bool IsBlock(IElement element) => BlockTags.Contains(element.LocalName);

    /// <summary>True for elements whose content is never article text.</summary>
    public static bool IsSkipped(IElement element) => SkippedTags.Contains(element.LocalName);

    /// <summary>The text blocks of <paramref name="root"/>, in document order, each trimmed and non-empty.</summary>
    public static List<TextBlock> Blocks(INode root)
    {
        var state = new WalkState();
        Walk(root, state, inLink: false);
        state.Flush();
        return state.Blocks;
    }

    /// <summary>The text of <paramref name="root"/> with paragraphs separated by a blank line.</summary>
    public static string Write(INode root) => Join(Blocks(root));

    /// <summary>Joins blocks into text, paragraphs separated by a blank line.</summary>
    public static string Join(IEnumerable<TextBlock> blocks) => string.Join("\n\n", blocks.Select(b => b.Text));

    private static void Walk(INode node, WalkState state, bool inLink)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    int before = state.Current.Length;
                    AppendCollapsed(state.Current, text.Data);
                    if (inLink)
                    {
                        state.LinkChars += state.Current.Length - before;
                    }

                    break;
                case IElement element when IsSkipped(element):
                    break;
                case IElement element when IsBlock(element):
                    state.Flush();
                    Walk(element, state, inLink);
                    state.Flush();
                    break;
                case IElement element:
                    Walk(element, state, inLink || element.LocalName == "a");
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (char c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private sealed class WalkState
    {
        public StringBuilder Current { get; } = new();

        public List<TextBlock> Blocks { get; } = [];

        public int LinkChars { get; set; }

        public void Flush()
        {
            var s = Current.ToString().Trim();
            if (s.Length > 0)
            {
                Blocks.Add(new TextBlock(s, Math.Min(LinkChars, s.Length)));
            }

            Current.Clear();
            LinkChars = 0;
        }
    }
}
