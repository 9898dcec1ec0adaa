using Detente.Core.Model;

namespace Detente.Nlp.Events;

/// <summary>One real event after fusion: its key, the most specific mention, every mention with its article, and the number of reporting articles.</summary>
/// <param name="Key">The fusion key shared by the mentions.</param>
/// <param name="Event">The most specific mention (longest code, then highest confidence).</param>
/// <param name="Mentions">Every mention with the id of its article.</param>
/// <param name="Reports">Number of distinct articles that report it.</param>
public sealed record FusedEvent(string Key, PoliticalEvent Event, IReadOnlyList<(string ArticleId, PoliticalEvent Event)> Mentions, int Reports);
