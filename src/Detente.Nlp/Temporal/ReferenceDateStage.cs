using Detente.Core.Model;
using Detente.Core.Pipeline;

namespace Detente.Nlp.Temporal;

/// <summary>
/// Gives every document a reference date: the one given in metadata when there is one, else one inferred from
/// the content (<see cref="ReferenceDateInference"/>) with its precision and confidence, else none (date source
/// unknown). Never the current date.
/// </summary>
public sealed class ReferenceDateStage : IStage
{
    private readonly ReferenceDateInference _inference;

    /// <summary>Creates the stage over a configured inference.</summary>
    public ReferenceDateStage(ReferenceDateInference inference) => _inference = inference;

    /// <inheritdoc />
    public string Name => "refdate";

    /// <inheritdoc />
    public Layers Requires => Layers.Sentences;

    /// <inheritdoc />
    public Layers Produces => Layers.ReferenceDate;

    /// <inheritdoc />
    public Document Process(Document document)
    {
        if (document.DateSource == DateSource.Given && document.ReferenceDate is not null)
        {
            return document with { DatePrecision = document.DatePrecision ?? "day", Present = document.Present | Layers.ReferenceDate };
        }

        var sentences = document.Sentences.Length > 0
            ? document.Sentences.Select(s => s.Range).ToArray()
            : SentenceSpans.Split(document.Text);
        var estimate = _inference.Infer(document.Text, sentences);
        if (estimate.Date is null)
        {
            return document with
            {
                ReferenceDate = null,
                DateSource = DateSource.Unknown,
                DateConfidence = 0,
                DatePrecision = null,
                Present = document.Present | Layers.ReferenceDate,
            };
        }

        return document with
        {
            ReferenceDate = estimate.Date,
            DateSource = DateSource.Inferred,
            DateConfidence = estimate.Confidence,
            DatePrecision = estimate.Precision,
            Present = document.Present | Layers.ReferenceDate,
        };
    }
}
