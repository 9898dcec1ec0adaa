using Detente.Core.Model;

namespace Detente.Nlp.Tests.Quotes;

/// <summary>
/// Every quotation of the three shipped samples with its kind and speaker. The speaker is the name a reader
/// would give: the actor once mentions are resolved, else the earlier words a pronoun or role points back to,
/// else the words of the source ("Russia’s top diplomat" in a headline names Lavrov only later in the text).
/// </summary>
public sealed class SampleQuoteTests
{
    public static TheoryData<string> Samples => new() { "000", "002", "003" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_quotation_of_the_sample_is_found_with_its_speaker(string sample)
    {
        var expected = sample switch { "000" => Sample000, "002" => Sample002, _ => Sample003 };
        var doc = QuoteTestKit.RunSample(sample);
        var actual = doc.Quotes.Select(q => (q.Kind, q.Text, Speaker: QuoteTestKit.SpeakerName(q) ?? "")).ToList();
        Assert.Equal(expected.Length, actual.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Kind, actual[i].Kind);
            Assert.StartsWith(expected[i].Text, actual[i].Text.ReplaceLineEndings(" "), StringComparison.Ordinal);
            Assert.Equal(expected[i].Speaker, actual[i].Speaker);
        }
    }

    [Fact]
    public void Media_of_the_samples_are_recorded()
    {
        var lavrov = QuoteTestKit.RunSample("000");
        Assert.Equal("CBS", QuoteTestKit.Find(lavrov, "Ties between Moscow").Medium);
        var remarks = QuoteTestKit.RunSample("002");
        Assert.Equal("TASS", QuoteTestKit.Find(remarks, "open for cooperation").Medium);
        var trump = QuoteTestKit.RunSample("003");
        Assert.Equal("Wall Street Journal", QuoteTestKit.Find(trump, "not currency manipulators").Medium);
    }

    private static readonly (QuoteKind Kind, string Text, string Speaker)[] Sample000 =
    [
        (QuoteKind.Indirect, "The deterioration of US-Russia relations has gon", "Russia’s top diplomat"),
        (QuoteKind.Indirect, "Ties between Moscow and Washington are unlikely", "Russian Foreign Minister Sergey Lavrov"),
        (QuoteKind.Indirect, "about his good relations with Vladimir Putin", "The former US president"),
        (QuoteKind.Indirect, "America’s general approach towards Russia has no", "Lavrov"),
        (QuoteKind.Mixed, "that Washington itself had ruined its relations", "Lavrov"),
        (QuoteKind.Partial, "“confidence-building”", "Lavrov"),
        (QuoteKind.Mixed, "Washington has since shattered the “foundations”", "Lavrov"),
        (QuoteKind.Partial, "“foundations”", "Lavrov"),
        (QuoteKind.Partial, "“all agreements on strategic stability, parity,", "Lavrov"),
        (QuoteKind.Mixed, "Washington is still too obsessed with its own pe", "Lavrov"),
        (QuoteKind.Partial, "“superiority”", "Lavrov"),
        (QuoteKind.Partial, "“impunity”", "Lavrov"),
        (QuoteKind.Mixed, "The US leaders had “ignored [the] huge amount of", "Russian Foreign Minister Sergey Lavrov"),
        (QuoteKind.Partial, "“ignored [the] huge amount of goodwill shown by", "Russian Foreign Minister Sergey Lavrov"),
        (QuoteKind.Mixed, "that American politicians apparently sought to k", "Russian Foreign Minister Sergey Lavrov"),
        (QuoteKind.Partial, "“in their pocket.”", "Russian Foreign Minister Sergey Lavrov"),
        (QuoteKind.Mixed, "They had “miscalculated everything,”", "Sergey Lavrov"),
        (QuoteKind.Partial, "“miscalculated everything,”", "Sergey Lavrov"),
        (QuoteKind.Mixed, "that the current generation of US politicians ha", "Sergey Lavrov"),
        (QuoteKind.Partial, "“single lesson”", "Sergey Lavrov"),
        (QuoteKind.Indirect, "to put an end to the conflicts both between Mosc", "Trump"),
        (QuoteKind.Mixed, "that he would be able to quickly convince both P", "Trump"),
        (QuoteKind.Partial, "“well.”", "Trump"),
        (QuoteKind.Indirect, "it had held any talks with the former US preside", "Moscow"),
        (QuoteKind.Direct, "“There have been no contacts on this issue,”", "Kremlin spokesman Dmitry Peskov"),
    ];

    private static readonly (QuoteKind Kind, string Text, string Speaker)[] Sample002 =
    [
        (QuoteKind.Indirect, "talks with American officials were possible, but", "The Russian foreign minister"),
        (QuoteKind.Direct, "“Russian President Vladimir Putin has said it re", "Russian Foreign Minister Sergei Lavrov"),
        (QuoteKind.Direct, "“But, in regards to our former Western partners,", "Russian Foreign Minister Sergei Lavrov"),
        (QuoteKind.Indirect, "that talks between the two sides are unlikely", "Russian Foreign Minister Sergei Lavrov"),
        (QuoteKind.Direct, "“Each time [US Secretary of State Antony] Blinke", "Russian Foreign Minister Sergei Lavrov"),
        (QuoteKind.Direct, "“But there were no more requests.”", "Russian Foreign Minister Sergei Lavrov"),
        (QuoteKind.Indirect, "part of the issue is Western leaders have stated", "Lavrov"),
        (QuoteKind.Direct, "“They never answer the question – ‘it takes’ to", "Lavrov"),
        (QuoteKind.Direct, "“It is, probably, a slightly different thing If", "Lavrov"),
        (QuoteKind.Indirect, "Moscow has no plans to conclude the war before a", "Lavrov"),
        (QuoteKind.Direct, "“As we overcame the attempted mutiny, we haven’t", "Lavrov"),
        (QuoteKind.Indirect, "the deteriorating relationship between Washingto", "Lavrov"),
        (QuoteKind.Indirect, "the US for withdrawing from Cold War-era agreeme", "Lavrov"),
        (QuoteKind.Direct, "“It is a medical fact that they have destroyed t", "Lavrov"),
        (QuoteKind.Direct, "“It’s a good thing they do not want a nuclear wa", "Lavrov"),
    ];

    private static readonly (QuoteKind Kind, string Text, string Speaker)[] Sample003 =
    [
        (QuoteKind.Mixed, "US relations with Russia ‘may be at all-time low", "Donald Trump"),
        (QuoteKind.Partial, "‘may be at all-time low’", "Donald Trump"),
        (QuoteKind.Mixed, "that US relations with Russia may be at “an all-", "Donald Trump"),
        (QuoteKind.Partial, "“an all-time low”", "Donald Trump"),
        (QuoteKind.Indirect, "a new-found faith in Nato", "Donald Trump"),
        (QuoteKind.Mixed, "the alliance was “no longer obsolete”", "Donald Trump"),
        (QuoteKind.Partial, "“no longer obsolete”", "Donald Trump"),
        (QuoteKind.Direct, "“We’re not getting along with Russia at all,”", "Trump"),
        (QuoteKind.Direct, "“we may be at an all-time low”", "Trump"),
        (QuoteKind.Indirect, "Russia, Trump noted, had vetoed a US-backed reso", "Trump"),
        (QuoteKind.Mixed, "that he was “not surprised” by Beijing’s stance", "Trump"),
        (QuoteKind.Partial, "“not surprised”", "Trump"),
        (QuoteKind.Mixed, "that the Chinese were “not currency manipulators", "Trump"),
        (QuoteKind.Partial, "“not currency manipulators”", "Trump"),
        (QuoteKind.Indirect, "a significant shift in his positions since takin", "Trump"),
        (QuoteKind.Indirect, "credit for improving its performance", "Trump"),
        (QuoteKind.Direct, "“I complained about that a long time ago and the", "Trump"),
        (QuoteKind.Direct, "“I said it was obsolete. It’s no longer obsolete", "Trump"),
        (QuoteKind.Partial, "“reaffirmed”", "Putin"),
        (QuoteKind.Mixed, "the two countries had agreed to create a working", "Rex Tillerson"),
        (QuoteKind.Partial, "“smaller problems”", "Rex Tillerson"),
        (QuoteKind.Direct, "“I expressed the view that the current state of", "Tillerson"),
        (QuoteKind.Direct, "“The world’s two foremost nuclear powers cannot", "Tillerson"),
        (QuoteKind.Direct, "“The perspective from the US is supported by fac", "Tillerson"),
        (QuoteKind.Mixed, "that the “reign of the Assad family is coming to", "Tillerson"),
        (QuoteKind.Partial, "“reign of the Assad family is coming to an end”", "Tillerson"),
        (QuoteKind.Partial, "“Russia perhaps has the best means of helping th", "Tillerson"),
        (QuoteKind.Indirect, "chemical weapons inspectors to be allowed to inv", "the UK and France"),
        (QuoteKind.Indirect, "US sanctions on Russia for its military interven", "Tillerson"),
        (QuoteKind.Mixed, "Moscow’s role was “well established”", "Tillerson"),
        (QuoteKind.Partial, "“well established”", "Tillerson"),
        (QuoteKind.Mixed, "Russia was not “making a bet on one person or an", "Lavrov"),
        (QuoteKind.Partial, "“making a bet on one person or another, includin", "Lavrov"),
        (QuoteKind.Mixed, "the “fate of Syria should be decided by Syrians", "Lavrov"),
        (QuoteKind.Partial, "“fate of Syria should be decided by Syrians them", "Lavrov"),
        (QuoteKind.Indirect, "the US and its allies had failed to learn from t", "Lavrov"),
        (QuoteKind.Direct, "“We’ve already gone through such experiments bas", "Lavrov"),
        (QuoteKind.Direct, "“I don’t know of any positive examples of removi", "Lavrov"),
    ];
}
