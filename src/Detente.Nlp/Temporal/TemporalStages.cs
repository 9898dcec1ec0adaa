using Detente.Core.Pipeline;

namespace Detente.Nlp.Temporal;

/// <summary>Builds the two temporal stages, "refdate" then "times", from the shipped data.</summary>
public static class TemporalStages
{
    /// <summary>
    /// The reference-date stage and the time-expression stage. <paramref name="tenures"/> is the knowledge base's
    /// view of who held which office when; without it office-holders give no clue to an article's date.
    /// </summary>
    public static IReadOnlyList<IStage> Create(string dataDirectory, IOfficeTenures? tenures = null)
    {
        var lexicon = TemporalLexicon.Load(dataDirectory);
        var inference = new ReferenceDateInference(lexicon, tenures ?? OfficeTenureTable.Empty, DatedEventList.Load(dataDirectory));
        return [new ReferenceDateStage(inference), new TimeExpressionStage(lexicon)];
    }
}
