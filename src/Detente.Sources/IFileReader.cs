namespace Detente.Sources;

/// <summary>Reads one kind of file (by extension) into articles.</summary>
public interface IFileReader
{
    /// <summary>Lower-case extensions this reader takes, with the dot (".txt").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads the file at <paramref name="path"/>; errors come back as items, never as exceptions.</summary>
    IAsyncEnumerable<SourceItem> ReadAsync(string path, ReadOptions options, CancellationToken cancellationToken);
}
