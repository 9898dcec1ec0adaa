namespace Detente.Sources.Web;

/// <summary>A fetch that failed; the message names the URL and the problem.</summary>
public sealed class FetchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FetchException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public FetchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public FetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
