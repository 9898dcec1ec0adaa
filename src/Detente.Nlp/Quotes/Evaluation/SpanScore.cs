using System.Globalization;

namespace Detente.Nlp.Quotes.Evaluation;

/// <summary>Counts for one span type under one matching criterion, and the derived precision, recall and F1.</summary>
public sealed class SpanScore
{
    /// <summary>Predicted spans that matched a gold span.</summary>
    public int MatchedPredicted { get; set; }

    /// <summary>Gold spans that matched a predicted span.</summary>
    public int MatchedGold { get; set; }

    /// <summary>Predicted spans.</summary>
    public int Predicted { get; set; }

    /// <summary>Gold spans.</summary>
    public int Gold { get; set; }

    /// <summary>Precision in percent.</summary>
    public double Precision => Predicted == 0 ? 0 : 100.0 * MatchedPredicted / Predicted;

    /// <summary>Recall in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * MatchedGold / Gold;

    /// <summary>F1 in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <inheritdoc />
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "P {0,5:F1}  R {1,5:F1}  F1 {2,5:F1}", Precision, Recall, F1);
}
