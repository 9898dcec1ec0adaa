namespace Detente.Nlp.Events.Evaluation;

/// <summary>One validation sentence: its id, date, provided CoNLL-U parse and gold (source country, target country, root) events.</summary>
public sealed record GsrRecord(string Id, DateOnly? Date, string Parse, IReadOnlySet<(string Source, string Target, string Root)> Gold);
