namespace Detente.Storage;

/// <summary>What a run did, recorded when it finishes.</summary>
public sealed record RunSummary(int Read, int Inserted, int Updated, int Unchanged, int Failed);
