namespace Detente.Core.Model;

/// <summary>A time expression with its TIMEX3 type and normalised value.</summary>
/// <param name="Range">Where the expression stands.</param>
/// <param name="Text">The expression's text.</param>
/// <param name="Type">TIMEX3 type.</param>
/// <param name="Value">TIMEX3 value (ISO 8601 prefix, duration, or PAST_REF/PRESENT_REF/FUTURE_REF).</param>
/// <param name="Rule">The rule that recognised and normalised it.</param>
public sealed record TimeExpression(TextRange Range, string Text, TimexType Type, string Value, string? Rule = null);
