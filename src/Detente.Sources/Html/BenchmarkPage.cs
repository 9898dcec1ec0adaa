namespace Detente.Sources.Html;

/// <summary>One scored page of the extraction benchmark.</summary>
/// <param name="Id">The page id (file name without .html.gz).</param>
/// <param name="Url">The page's URL from the ground truth, when given.</param>
/// <param name="Gold">The gold article body.</param>
/// <param name="Extracted">What the extractor produced.</param>
/// <param name="Score">The page's shingle score.</param>
public sealed record BenchmarkPage(string Id, string? Url, string Gold, string Extracted, ShingleScore Score);
