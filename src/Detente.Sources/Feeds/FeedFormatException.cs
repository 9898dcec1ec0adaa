namespace Detente.Sources.Feeds;

/// <summary>A document that is not a readable RSS or Atom feed; the message names the source and the problem.</summary>
public sealed class FeedFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FeedFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public FeedFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public FeedFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
