namespace Detente.Storage;

/// <summary>What a pipeline run was: its stages and the versions of the program and its models.</summary>
public sealed record RunRecord(string Pipeline, string Versions, string Command);
