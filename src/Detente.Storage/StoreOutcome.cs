namespace Detente.Storage;

/// <summary>What storing one article did.</summary>
public enum StoreOutcome
{
    /// <summary>A new article was stored.</summary>
    Inserted,

    /// <summary>An article with the same id but other content was replaced.</summary>
    Updated,

    /// <summary>The same content was already stored: nothing changed.</summary>
    Unchanged,
}
