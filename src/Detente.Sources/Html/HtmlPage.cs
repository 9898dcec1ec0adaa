namespace Detente.Sources.Html;

/// <summary>What was extracted from one HTML page: the article body as paragraphs, and its metadata.</summary>
/// <param name="Text">Body text, paragraphs separated by a blank line.</param>
/// <param name="Metadata">Title, date, author, canonical URL and declared language.</param>
public sealed record HtmlPage(string Text, HtmlMetadata Metadata);
