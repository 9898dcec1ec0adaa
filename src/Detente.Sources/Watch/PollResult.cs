using Detente.Core.Model;

namespace Detente.Sources.Watch;

/// <summary>
/// The outcome of polling one source: the new articles, messages about what could not be read, and the state to
/// save once the articles are stored. Saving the state last makes a restart safe: a crash before it means the
/// same items are read again, and the store's content hash keeps them from being stored twice.
/// </summary>
/// <param name="Source">The source polled.</param>
/// <param name="Articles">Articles not processed before, in source order.</param>
/// <param name="Messages">One line per item or source problem (each names the URL or path).</param>
/// <param name="NextState">The state to save after the articles are stored.</param>
/// <param name="Unchanged">True when the source reported no change (HTTP 304 or same folder listing).</param>
public sealed record PollResult(string Source, IReadOnlyList<Article> Articles, IReadOnlyList<string> Messages, SourceState NextState, bool Unchanged);
