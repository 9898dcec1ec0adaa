namespace Detente.Cli.Ingest;

/// <summary>What is to become of one input on its way into the store.</summary>
internal enum IngestAction
{
    /// <summary>The input could not be read.</summary>
    Failed,

    /// <summary>The article is not in English.</summary>
    Skipped,

    /// <summary>The same content is stored already.</summary>
    Unchanged,

    /// <summary>The article is to be analysed and stored.</summary>
    Analyse,
}
