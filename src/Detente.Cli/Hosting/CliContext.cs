namespace Detente.Cli.Hosting;

/// <summary>What every command gets: output streams, where the shipped data lives, and the default database.</summary>
internal sealed class CliContext
{
    /// <summary>Standard output.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error (messages, progress).</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Standard input.</summary>
    public required TextReader In { get; init; }

    /// <summary>True when stderr is a terminal (progress bars are shown only then).</summary>
    public bool Interactive { get; init; }

    /// <summary>The shipped data folder (knowledge base, lexicons, models).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The default SQLite database path, used when --db is not given.</summary>
    public required string DefaultDatabase { get; init; }
}
