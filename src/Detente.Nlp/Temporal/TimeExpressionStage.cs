using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Nlp.Temporal;

/// <summary>
/// Finds the time expressions of each sentence and resolves them to TIMEX3 values against the reference date
/// and the narrative time of the preceding text.
/// </summary>
public sealed class TimeExpressionStage : IStage
{
    private readonly TimeExpressionRecognizer _recognizer;

    /// <summary>Creates the stage over a loaded lexicon.</summary>
    public TimeExpressionStage(TemporalLexicon lexicon) => _recognizer = new TimeExpressionRecognizer(lexicon);

    /// <inheritdoc />
    public string Name => "times";

    /// <inheritdoc />
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.ReferenceDate;

    /// <inheritdoc />
    public Layers Produces => Layers.Times;

    /// <inheritdoc />
    public Document Process(Document document)
    {
        var sentences = document.Sentences.Length > 0
            ? document.Sentences.Select(s => s.Range).ToArray()
            : SentenceSpans.Split(document.Text);
        string? precision = document.DateSource == DateSource.Inferred ? document.DatePrecision : null;
        var times = _recognizer.Recognize(document.Text, sentences, document.ReferenceDate, precision);
        return document with { Times = times, Present = document.Present | Layers.Times };
    }
}
