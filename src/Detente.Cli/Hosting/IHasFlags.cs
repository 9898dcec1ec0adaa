namespace Detente.Cli.Hosting;

/// <summary>Implemented by commands that take options without a value (--no-store, --raw).</summary>
internal interface IHasFlags
{
    /// <summary>Option names that take no value.</summary>
    IReadOnlySet<string> Flags { get; }
}
