namespace Detente.Sources.Feeds;

/// <summary>One item or entry of a feed.</summary>
/// <param name="Id">guid / id, else the link, else a hash of title and summary.</param>
/// <param name="Title">Item title (plain text), when given.</param>
/// <param name="Link">Absolute link to the article, when given.</param>
/// <param name="Published">Publication time with the offset as written, when given and parseable.</param>
/// <param name="Summary">Description or summary as plain text (HTML removed), paragraphs separated by a blank line.</param>
/// <param name="Author">Author, when given.</param>
public sealed record FeedItem(string Id, string? Title, string? Link, DateTimeOffset? Published, string? Summary, string? Author);
