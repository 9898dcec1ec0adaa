using Detente.Core.Model;

namespace Detente.Nlp.Temporal;

/// <summary>The date that governs a predicate: a TIMEX3 value, where it came from, and the expression when there is one.</summary>
/// <param name="Value">TIMEX3 calendar value (2019-02, 2023-XX-XX ...).</param>
/// <param name="Origin">How it was found.</param>
/// <param name="Expression">The time expression it came from, or null for the reference date.</param>
public sealed record GoverningDate(string Value, DateOrigin Origin, TimeExpression? Expression);
