using Detente.Core.Model;

namespace Detente.Sources;

/// <summary>One thing read from an input: an article, or an error that names the input and the problem.</summary>
/// <param name="Input">The input as the user would recognise it (path, path:line, URL, "stdin").</param>
/// <param name="Article">The article, when it could be read.</param>
/// <param name="Error">Why the input could not be read, when it could not.</param>
public sealed record SourceItem(string Input, Article? Article, string? Error)
{
    /// <summary>An item carrying an article.</summary>
    public static SourceItem Ok(string input, Article article) => new(input, article, null);

    /// <summary>An item carrying an error.</summary>
    public static SourceItem Fail(string input, string error) => new(input, null, error);

    /// <summary>An item carrying the message of <paramref name="problem"/>, without the input's name when the message starts with it.</summary>
    public static SourceItem Fail(string input, Exception problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var message = problem.Message;
        if (message.StartsWith(input, StringComparison.Ordinal) && message.Length > input.Length)
        {
            message = message[input.Length..].TrimStart(':', ' ');
        }

        return Fail(input, message);
    }
}
