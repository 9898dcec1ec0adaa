namespace Detente.Nlp.Language;

/// <summary>A surface token of a CoNLL-U sentence: a single word or a multiword token such as "gonna".</summary>
/// <param name="Form">The token text.</param>
/// <param name="FirstWord">Index of its first word in the sentence.</param>
/// <param name="WordCount">Number of words it covers (1 for an ordinary token).</param>
/// <param name="SpaceAfter">False when the MISC column says SpaceAfter=No.</param>
public readonly record struct SurfaceToken(string Form, int FirstWord, int WordCount, bool SpaceAfter);
