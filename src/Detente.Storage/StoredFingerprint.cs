namespace Detente.Storage;

/// <summary>A stored article's fingerprint, read back to rebuild the duplicate index after a restart.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="TextKey">The exact-duplicate key of its normalised text.</param>
/// <param name="MinHash">Its MinHash signature, base64.</param>
/// <param name="DuplicateOf">The article it copies, when it is a copy.</param>
/// <param name="GivenDate">Its reference date when the source gave one (date_source "given").</param>
public sealed record StoredFingerprint(string ArticleId, string TextKey, string MinHash, string? DuplicateOf, DateOnly? GivenDate);
