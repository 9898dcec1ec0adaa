using Detente.Core.Model;

namespace Detente.Nlp.Treaties;

/// <summary>A mention of an agreement in a document.</summary>
/// <param name="Range">Where the mention stands.</param>
/// <param name="FirstToken">Document-level index of its first token.</param>
/// <param name="EndToken">Index one past its last token.</param>
/// <param name="Sentence">Index of its sentence.</param>
/// <param name="Treaty">Knowledge-base id, or "unknown:slug" for an agreement not in the knowledge base.</param>
/// <param name="Kind">How it was recognised.</param>
/// <param name="Antecedent">For an anaphor, the index of the mention it refers to.</param>
public sealed record TreatyMention(TextRange Range, int FirstToken, int EndToken, int Sentence, string Treaty, TreatyMentionKind Kind, int? Antecedent = null);
