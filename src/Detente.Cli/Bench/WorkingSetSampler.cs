using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Commands;

namespace Detente.Cli.Bench;

/// <summary>
/// Samples the process's working set every second while a run goes on, keeps the peak, and prints a line
/// at each tenfold of articles read (1,000, 10,000, ...) and every 100,000 after that, so a flat memory
/// profile can be seen over a long corpus.
/// </summary>
internal sealed class WorkingSetSampler : IDisposable
{
    private readonly Timer _timer;
    private readonly TextWriter _out;
    private readonly AnalyzeCommand.AnalyzeRun _run;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _peakBytes;
    private int _nextReport = 1000;
    private int _stopped;

    /// <summary>Starts sampling.</summary>
    public WorkingSetSampler(TextWriter output, AnalyzeCommand.AnalyzeRun run)
    {
        _out = output;
        _run = run;
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    /// <summary>The highest working set seen, in MiB.</summary>
    public long PeakMb => Interlocked.Read(ref _peakBytes) / (1024 * 1024);

    /// <summary>Takes a last sample and stops.</summary>
    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            _timer.Dispose();
            Sample();
        }
    }

    /// <inheritdoc />
    public void Dispose() => Stop();

    private void Sample()
    {
        long bytes;
        using (var process = Process.GetCurrentProcess())
        {
            bytes = process.WorkingSet64;
        }

        long peak = Interlocked.Read(ref _peakBytes);
        while (bytes > peak && Interlocked.CompareExchange(ref _peakBytes, bytes, peak) != peak)
        {
            peak = Interlocked.Read(ref _peakBytes);
        }

        int read = _run.Read;
        if (read >= _nextReport)
        {
            _nextReport = _nextReport < 100_000 ? _nextReport * 10 : _nextReport + 100_000;
            lock (_out)
            {
                _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {_clock.Elapsed.TotalSeconds,7:0} s: {read} articles, {_run.Sentences} sentences, working set {bytes / (1024 * 1024)} MB (peak {PeakMb} MB)"));
                _out.Flush();
            }
        }
    }
}
