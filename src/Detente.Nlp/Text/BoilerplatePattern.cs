using System.Text.RegularExpressions;

namespace Detente.Nlp.Text;

/// <summary>A whole-line boilerplate pattern; <paramref name="MarksNextLine"/> also marks a short following line (a linked headline).</summary>
public sealed record BoilerplatePattern(Regex Pattern, bool MarksNextLine);
