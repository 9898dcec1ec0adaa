using System.Globalization;
using Detente.Storage;
using Parquet;
using Parquet.Schema;

namespace Detente.Cli.Output;

/// <summary>
/// Writes event rows (the columns of 'detente events') as an Apache Parquet file, one row group per batch, with
/// typed columns: integers for quad class and offsets, doubles for Goldstein and confidence, UTF-8 strings else.
/// </summary>
internal sealed class ParquetEventWriter : IAsyncDisposable
{
    private static readonly string[] IntColumns = ["quad", "start", "end"];

    private static readonly string[] DoubleColumns = ["goldstein", "confidence"];

    private static readonly string[] Columns =
    [
        "article_id", "date", "source", "source_country", "source_code", "target", "target_country", "target_code",
        "cameo", "plover", "quad", "goldstein", "modality", "rule", "confidence", "fusion_key", "start", "end", "evidence",
    ];

    private readonly ParquetWriter _writer;
    private readonly DataField[] _fields;

    private ParquetEventWriter(ParquetWriter writer, DataField[] fields)
    {
        _writer = writer;
        _fields = fields;
    }

    /// <summary>The schema of the file: every event column with its Parquet type.</summary>
    public static ParquetSchema Schema { get; } = new(Columns.Select(Field));

    /// <summary>Starts a Parquet file on <paramref name="stream"/>.</summary>
    public static async Task<ParquetEventWriter> CreateAsync(Stream stream, CancellationToken cancellationToken)
    {
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        var writer = await ParquetWriter.CreateAsync(Schema, stream, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new ParquetEventWriter(writer, Schema.GetDataFields());
    }

    /// <summary>Writes <paramref name="rows"/> as one row group.</summary>
    public async Task WriteAsync(IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        using var group = _writer.CreateRowGroup();
        foreach (var field in _fields)
        {
            var name = field.Name;
            if (IntColumns.Contains(name))
            {
                int[] values = [.. rows.Select(r => Convert.ToInt32(r[name] ?? 0, CultureInfo.InvariantCulture))];
                await group.WriteAsync<int>(field, values, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            else if (DoubleColumns.Contains(name))
            {
                double[] values = [.. rows.Select(r => Convert.ToDouble(r[name] ?? 0.0, CultureInfo.InvariantCulture))];
                await group.WriteAsync<double>(field, values, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            else
            {
                string?[] values = [.. rows.Select(r => Convert.ToString(r[name], CultureInfo.InvariantCulture))];
                await group.WriteAsync(field, values).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _writer.DisposeAsync().ConfigureAwait(false);

    private static DataField Field(string name) =>
        IntColumns.Contains(name) ? new DataField<int>(name)
        : DoubleColumns.Contains(name) ? new DataField<double>(name)
        : new DataField<string>(name, nullable: true);
}
