namespace Detente.Nlp.Language;

/// <summary>
/// Scratch buffers for analysing sentences with <see cref="LanguageModels"/>. Not thread-safe: use one per thread
/// (they are cheap to create).
/// </summary>
public sealed class LanguageWorkspace
{
    /// <summary>Word keys of the current sentence.</summary>
    public WordKeys Words { get; } = new();

    /// <summary>The parser configuration.</summary>
    public ParseState State { get; } = new();

    /// <summary>Class buffer of at least <paramref name="n"/> items.</summary>
    public int[] Classes(int n) => _classes.Length >= n ? _classes : _classes = new int[n * 2];

    /// <summary>Label buffer of at least <paramref name="n"/> items.</summary>
    public int[] LabelBuffer(int n) => _labels.Length >= n ? _labels : _labels = new int[n * 2];

    private int[] _classes = new int[64];
    private int[] _labels = new int[64];
}
