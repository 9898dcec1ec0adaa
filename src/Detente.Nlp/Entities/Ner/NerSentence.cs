namespace Detente.Nlp.Entities.Ner;

/// <summary>A sentence of gold NER data: words and their IOB2 tags (B-PER, I-ORG, O ...).</summary>
public sealed record NerSentence(string[] Words, string[] Tags);
