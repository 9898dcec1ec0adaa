namespace Detente.Knowledge.Loading;

/// <summary>One problem found while loading the knowledge base.</summary>
/// <param name="File">The file, relative to the knowledge-base folder.</param>
/// <param name="Line">1-based line number, or 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong.</param>
public sealed record KnowledgeBaseError(string File, int Line, string Message)
{
    /// <summary>"file:line: message", the form editors and compilers use.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Message}" : $"{File}: {Message}";
}
