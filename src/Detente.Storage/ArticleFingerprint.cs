namespace Detente.Storage;

/// <summary>What duplicate detection needs to remember about a stored article, kept in the article's transaction.</summary>
/// <param name="TextKey">The exact-duplicate key of the normalised text.</param>
/// <param name="MinHash">The MinHash signature of the text's shingles, base64.</param>
/// <param name="Similarity">Estimated similarity with the article it copies, when it is a copy.</param>
public sealed record ArticleFingerprint(string TextKey, string MinHash, double? Similarity);
