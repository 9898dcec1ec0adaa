namespace Detente.Storage;

/// <summary>One result row: ordered column names and values, ready for table, JSON or CSV output.</summary>
public sealed class Row
{
    private readonly List<KeyValuePair<string, object?>> _cells = [];

    /// <summary>The cells in column order.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Cells => _cells;

    /// <summary>The value of a column, or null.</summary>
    public object? this[string column] => _cells.FirstOrDefault(c => c.Key == column).Value;

    /// <summary>Adds a cell.</summary>
    public Row Add(string column, object? value)
    {
        _cells.Add(new(column, value));
        return this;
    }
}
