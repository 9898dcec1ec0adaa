namespace Detente.Knowledge.Loading;

/// <summary>The knowledge base has errors; <see cref="Errors"/> lists every one with its file and line.</summary>
public sealed class KnowledgeBaseException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public KnowledgeBaseException(IReadOnlyList<KnowledgeBaseError> errors)
        : base(errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} errors in the knowledge base; first: {errors[0]}")
    {
        Errors = errors;
    }

    /// <summary>Creates an exception with a message only.</summary>
    public KnowledgeBaseException()
        : this([new KnowledgeBaseError("?", 0, "knowledge base error")])
    {
    }

    /// <summary>Creates an exception with a message only.</summary>
    public KnowledgeBaseException(string message)
        : this([new KnowledgeBaseError("?", 0, message)])
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public KnowledgeBaseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new KnowledgeBaseError("?", 0, message)];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<KnowledgeBaseError> Errors { get; }
}
