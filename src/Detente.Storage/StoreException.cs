namespace Detente.Storage;

/// <summary>A store that cannot be opened or used; the message names the database and the problem.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public StoreException(string message, Exception inner) : base(message, inner)
    {
    }
}
