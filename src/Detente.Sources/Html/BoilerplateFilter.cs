using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Detente.Sources.Html;

/// <summary>
/// Removes what article-body gold standards leave out and Readability keeps: before extraction, captions,
/// credits and page furniture named by class or id (newsletter, share, related, author bio ...); after
/// extraction, paragraphs that are link lists, bare URLs, photo credits or stock calls to action.
/// Every rule here was kept because it raised F1 on the development benchmark.
/// </summary>
public sealed partial class BoilerplateFilter
{
    /// <summary>Removes boilerplate elements from <paramref name="body"/> (in place, on a document the caller owns).</summary>
    public void CleanDom(IElement body)
    {
        foreach (var el in body.QuerySelectorAll("figcaption, [class*=caption], [class*=credit]").ToList())
        {
            if (el.TextContent.Length < 600)
            {
                el.Remove();
            }
        }

        int bodyLength = Math.Max(1, body.TextContent.Length);
        var protectedElements = MainTextAncestors(body);
        foreach (var el in body.QuerySelectorAll("[class], [id]").ToList())
        {
            if (el.ParentElement is null || el.LocalName is "body" or "html" or "article" or "main" || protectedElements.Contains(el))
            {
                continue;
            }

            var names = (el.GetAttribute("class") ?? string.Empty) + " " + (el.GetAttribute("id") ?? string.Empty);
            if (FurnitureRegex().IsMatch(names) && !KeepRegex().IsMatch(names) && el.TextContent.Length < bodyLength / 4)
            {
                el.Remove();
            }
        }
    }

    /// <summary>The element holding the most paragraph text, and its ancestors: never removed as furniture.</summary>
    private static HashSet<IElement> MainTextAncestors(IElement body)
    {
        var weight = new Dictionary<IElement, int>();
        foreach (var p in body.QuerySelectorAll("p"))
        {
            if (p.ParentElement is { } parent)
            {
                weight[parent] = weight.GetValueOrDefault(parent) + p.TextContent.Length;
            }
        }

        var result = new HashSet<IElement>();
        if (weight.Count == 0)
        {
            return result;
        }

        for (var el = weight.MaxBy(kv => kv.Value).Key; el is not null; el = el.ParentElement)
        {
            result.Add(el);
        }

        return result;
    }

    /// <summary>The blocks worth keeping as article text.</summary>
    /// <remarks>A block that is only the page's own address is dropped; other bare links may be the content.</remarks>
    public List<TextBlock> FilterBlocks(IReadOnlyList<TextBlock> blocks, string? pageUrl)
    {
        var own = StripQuery(pageUrl);
        return blocks.Where(b => !IsBoilerplate(b) && !(own is not null && StripQuery(b.Text) == own)).ToList();
    }

    private static string? StripQuery(string? url)
    {
        if (url is null || !UrlOnlyRegex().IsMatch(url))
        {
            return null;
        }

        int q = url.IndexOfAny(['?', '#']);
        return (q >= 0 ? url[..q] : url).TrimEnd('/');
    }

    private static bool IsBoilerplate(TextBlock b)
    {
        var t = b.Text;

        if (b.LinkDensity > 0.8 && t.Length < 200 && IsShouting(t))
        {
            return true;
        }

        return t.Length < 400 && (CallToActionRegex().IsMatch(t) || CreditRegex().IsMatch(t));
    }

    private static bool IsShouting(string t)
    {
        int upper = 0, letters = 0;
        foreach (char c in t)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters > 10 && upper > letters * 0.8;
    }

    [GeneratedRegex(@"(?i)(^|[\s_-])(newsletter|subscribe|subscription|signup|sign-up|promo|related|share|sharing|social|author-?bio|bio-?box|about-the-author|cookie|consent|tags?|tag-?list|comments?|recommended|outbrain|taboola|sidebar|cta|read-?more|more-stories|trending|breadcrumbs?|byline|newsletter-signup|inline-?promo|disclaimer|copyright)([\s_-]|$)")]
    private static partial Regex FurnitureRegex();

    [GeneratedRegex(@"(?i)(article-?body|post-?body|entry-?content|story-?body|main-?content)")]
    private static partial Regex KeepRegex();

    [GeneratedRegex(@"^(https?://|www\.)\S+$")]
    private static partial Regex UrlOnlyRegex();

    [GeneratedRegex(@"(?i)^(follow (us|him|her|them)\b|sign up\b|subscribe\b|join (us|our)\b|email( [\w.]+){1,3} at\b|read more:|listen to\b|let our news\b|note: we are\b|this (post|article|page) (may )?contains? affiliate|reporting by .{3,200}editing by|there's plenty more where that came from|get (the latest|breaking news)|click here\b|image caption\b|have a tip\?|if you enjoyed this|this website uses cookies|this document is subject to copyright|citation:|also on \S+\.com|want more\b|sometimes we include links|©|copyright ©)")]
    private static partial Regex CallToActionRegex();

    [GeneratedRegex(@"(\(AP Photo|\(Photo by |\(Photo: |\(Image credit:|Credit: |REUTERS/|Getty Images\)?$|/ AP( file)?$|\(credit: )")]
    private static partial Regex CreditRegex();
}
