using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Text;

/// <summary>The sentence boundaries of the shipped sample articles, checked by hand.</summary>
public sealed class SampleSentenceTests
{
    // The first 40 characters of every sentence, in order.
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["000_7dc160e5a654365a.txt"] =
        [
            "The deterioration of US-Russia relations",
            "Ties between Moscow and Washington are u",
            "The former US president had previously r",
            "America’s general approach towards Russi",
            "The cabinet minister pointed in particul",
            "The key arms control agreement signed by",
            "Washington has since shattered the “foun",
            "Trump himself was instrumental in disman",
            "The US first unilaterally suspended the ",
            "Russia suspended the agreement in Februa",
            "According to Lavrov, Washington is still",
            "The US leaders had “ignored [the] huge a",
            "They had “miscalculated everything,” Mos",
            "In recent months, Trump has on several o",
            "He particularly claimed that he would be",
            "Moscow denied it had held any talks with",
            "“There have been no contacts on this iss"
        ],
        ["002_e912c8dd1c63d359.txt"] =
        [
            "The Russian foreign minister suggested t",
            "Russian Foreign Minister Sergei Lavrov’s",
            "“Russian President Vladimir Putin has sa",
            "“But, in regards to our former Western p",
            "It is a ‘fight of worlds,’ of sorts.”",
            "He went on to indicate that talks betwee",
            "“Each time [US Secretary of State Antony",
            "He continued, “But there were no more re",
            "Contact between the White House and the ",
            "Lavrov argued part of the issue is Weste",
            "“They never answer the question – ‘it ta",
            "It is one thing to end the military camp",
            "That is, when they smelled trouble in Af",
            "They have no interest in Ukraine itself.",
            "The diplomat said Moscow has no plans to",
            "“As we overcame the attempted mutiny, we",
            "It’s impossible to give them up – the go",
            "Lavrov warned the deteriorating relation",
            "“It is a medical fact that they have des",
            "He added, “It’s a good thing they do not",
            "And the system of agreements, which has ",
            "Since the end of the Cold War, Washingto",
            "While Moscow suspended its participation"
        ],
        ["003_e0bed1de2388a5c0.txt"] =
        [
            "Donald Trump says US relations with Russ",
            "Donald Trump has said that US relations ",
            "The US president’s remarks at the White ",
            "“We’re not getting along with Russia at ",
            "He avoided any direct criticism of Putin",
            "Russia, Trump noted, had vetoed a US-bac",
            "In the latest of a series of dramatic fo",
            "The president’s comments confirmed a sig",
            "A day after approving Nato’s latest expa",
            "“I complained about that a long time ago",
            "“I said it was obsolete.",
            "It’s no longer obsolete.”",
            "Tillerson’s two-hour audience with Putin",
            "America’s top diplomat said the two coun",
            "But as he sat alongside his Russian coun",
            "“I expressed the view that the current s",
            "“The world’s two foremost nuclear powers",
            "Tillerson stuck to the Trump administrat",
            "“The perspective from the US is supporte",
            "Russia later vetoed a UN security resolu",
            "It was Russia’s eighth veto on a resolut",
            "China abstained, while 10 council member",
            "On Ukraine, Tillerson said US sanctions ",
            "Lavrov disagreed with him on every point",
            "As to Syria’s political future, Lavrov s",
            "Lavrov went on to say the US and its all",
            "“We’ve already gone through such experim",
            "“I don’t know of any positive examples o"
        ],
    };

    public static TheoryData<string> Samples() => [.. Expected.Keys];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_articles_are_split_into_the_expected_sentences(string file)
    {
        var doc = TextFixture.Analyze(File.ReadAllText(Path.Combine(TestPaths.Examples, file)));
        var starts = doc.Sentences.Select(s => doc.Slice(s.Range)).Select(s => s.Length > 40 ? s[..40] : s).ToArray();
        Assert.Equal(Expected[file], starts);
    }

    [Fact]
    public void Sentences_end_at_the_closing_quote_after_the_final_period()
    {
        var doc = TextFixture.Analyze(File.ReadAllText(Path.Combine(TestPaths.Examples, "003_e0bed1de2388a5c0.txt")));
        var texts = doc.Sentences.Select(s => doc.Slice(s.Range)).ToList();
        Assert.Contains("\u201CI don\u2019t know of any positive examples of removing a dictator.\u201D", texts);
        Assert.Contains("\u201CWe\u2019re not getting along with Russia at all,\u201D Trump said, adding \u201Cwe may be at an all-time low\u201D.", texts);
    }

    [Fact]
    public void Page_furniture_lines_are_boilerplate_and_carry_no_tokens()
    {
        var doc = TextFixture.Analyze(File.ReadAllText(Path.Combine(TestPaths.Examples, "000_7dc160e5a654365a.txt")));
        Assert.Equal(["Read more", "No contact with Trump \u2013 Kremlin"], doc.Boilerplate.Select(doc.Slice));
        Assert.DoesNotContain(doc.Tokens, t => doc.Boilerplate.Any(b => b.Contains(t.Range)));
    }
}
