namespace Detente.Knowledge.Loading;

/// <summary>One data line of a tab-separated knowledge-base file.</summary>
/// <param name="Line">1-based line number in the file.</param>
/// <param name="Cells">The cells, padded to the header's width.</param>
public sealed record TsvRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at <paramref name="index"/>, trimmed.</summary>
    public string this[int index] => Cells[index];

    /// <summary>The cell split on '|', empty parts dropped.</summary>
    public IReadOnlyList<string> List(int index) =>
        Cells[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
