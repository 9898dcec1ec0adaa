namespace Detente.Sources.Watch;

/// <summary>Keeps <see cref="SourceState"/> between polls and across restarts.</summary>
public interface ISourceStateStore
{
    /// <summary>The saved state of <paramref name="source"/>, or a new one.</summary>
    SourceState Load(string source);

    /// <summary>Saves <paramref name="state"/> atomically: after a crash either the old or the new state is found, never half.</summary>
    void Save(SourceState state);
}
