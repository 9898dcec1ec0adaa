namespace Detente.Sources.Html;

/// <summary>Metadata read from a page's head, JSON-LD and markup, before the body is extracted.</summary>
/// <param name="Title">Headline (og:title, JSON-LD headline, h1 or the cleaned title element).</param>
/// <param name="Published">Publication date as written by the publisher.</param>
/// <param name="PublishedFrom">Which signal gave the date.</param>
/// <param name="Author">Author names, comma-separated.</param>
/// <param name="CanonicalUrl">Canonical URL.</param>
/// <param name="Language">Declared language, lower-case primary subtag ("en").</param>
public sealed record HtmlMetadata(
    string? Title,
    DateOnly? Published,
    string? PublishedFrom,
    string? Author,
    string? CanonicalUrl,
    string? Language);
