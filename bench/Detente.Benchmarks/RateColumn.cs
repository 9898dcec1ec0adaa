using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Detente.Benchmarks;

/// <summary>A summary column giving a per-second rate: a count per invocation divided by the mean time.</summary>
internal sealed class RateColumn(string name, long perInvocation) : IColumn
{
    public string Id => "Rate." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{name.Split('/')[0]} processed per second (the corpus has {perInvocation})";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        return report?.ResultStatistics is { Mean: > 0 } stats
            ? (perInvocation / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture)
            : "-";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
