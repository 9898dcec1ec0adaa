using Detente.Core.Model;

namespace Detente.Knowledge.Treaties;

/// <summary>A treaty action found in an article, with the article it came from and the words that show it.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Action">The action.</param>
/// <param name="EvidenceText">The text of the evidence span.</param>
public sealed record TreatyActionEvidence(string ArticleId, TreatyAction Action, string EvidenceText);
