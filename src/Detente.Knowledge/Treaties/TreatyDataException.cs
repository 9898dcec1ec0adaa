namespace Detente.Knowledge.Treaties;

/// <summary>Thrown when a treaty knowledge-base file is malformed; the message names the file and line.</summary>
public sealed class TreatyDataException : Exception
{
    /// <summary>Creates the exception with a "file:line: problem" message.</summary>
    public TreatyDataException(string message) : base(message)
    {
    }
}
