using Detente.Nlp.Temporal;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Temporal;

/// <summary>The shipped temporal lexicon and event list, loaded once for all temporal tests.</summary>
public sealed class TemporalFixture
{
    public TemporalLexicon Lexicon { get; } = TemporalLexicon.Load(TestPaths.Data);

    public DatedEventList Events { get; } = DatedEventList.Load(TestPaths.Data);

    /// <summary>A few real terms of office (public facts), standing in for the knowledge base.</summary>
    public OfficeTenureTable Tenures { get; } = new(
    [
        new("George W. Bush", "US president", new(2001, 1, 20), new(2009, 1, 20)),
        new("Barack Obama", "US president", new(2009, 1, 20), new(2017, 1, 20)),
        new("Donald Trump", "US president", new(2017, 1, 20), new(2021, 1, 20)),
        new("Donald Trump", "US president", new(2025, 1, 20), null),
        new("Joe Biden", "US president", new(2021, 1, 20), new(2025, 1, 20)),
        new("Rex Tillerson", "secretary of state", new(2017, 2, 1), new(2018, 3, 31)),
        new("Antony Blinken", "secretary of state", new(2021, 1, 26), new(2025, 1, 20)),
        new("Jake Sullivan", "national security advisor", new(2021, 1, 20), new(2025, 1, 20)),
        new("Vladimir Putin", "Russian president", new(2000, 5, 7), new(2008, 5, 7)),
        new("Vladimir Putin", "Russian president", new(2012, 5, 7), null),
        new("Sergei Lavrov", "foreign minister", new(2004, 3, 9), null),
    ]);

    public TimeExpressionRecognizer Recognizer => new(Lexicon);

    public ReferenceDateInference Inference => new(Lexicon, Tenures, Events);
}
