using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp;
using Detente.Sources;
using Detente.Tests.Common;

namespace Detente.Cli.Tests;

/// <summary>
/// The facts a user must get back from the three sample articles through the whole shipped pipeline, each with
/// actors, date, evidence and the rule that produced it.
/// </summary>
public sealed class SampleAcceptanceTests
{
    private static readonly Lazy<Dictionary<string, Document>> Samples = new(AnalyzeSamples);

    private static Dictionary<string, Document> AnalyzeSamples()
    {
        var pipeline = new PipelineFactory(TestPaths.Data).Create();
        var result = new Dictionary<string, Document>(StringComparer.Ordinal);
        var items = InputReader.CreateDefault().ReadAsync([TestPaths.Examples], new ReadOptions(), TextReader.Null, CancellationToken.None)
            .ToBlockingEnumerable();
        foreach (var item in items)
        {
            var run = pipeline.Run(new Document(item.Article!));
            Assert.Empty(run.Failures);
            result[item.Article!.Id[..3]] = run.Document;
        }

        return result;
    }

    private static Document Doc(string prefix) => Samples.Value[prefix];

    private static string Sentence(Document d, PoliticalEvent e) => d.Slice(d.Sentences[e.Sentence].Range);

    [Fact]
    public void Undated_samples_are_placed_in_the_right_year_and_the_2017_one_in_the_right_month()
    {
        Assert.Equal((2023, DateSource.Inferred), (Doc("000").ReferenceDate!.Value.Year, Doc("000").DateSource));
        Assert.Equal((2023, DateSource.Inferred), (Doc("002").ReferenceDate!.Value.Year, Doc("002").DateSource));
        var d = Doc("003").ReferenceDate!.Value;
        Assert.Equal((2017, 4, DateSource.Inferred), (d.Year, d.Month, Doc("003").DateSource));
        Assert.All(Samples.Value.Values, doc => Assert.InRange(doc.DateConfidence, 0.01, 1.0));
    }

    [Theory]
    [InlineData("000", "ABM", "withdraw", "USA", "2002")]
    [InlineData("000", "ABM", "sign", "USA", "1972")]
    [InlineData("000", "INF", "suspend", "USA", "2019-02")]
    [InlineData("000", "INF", "withdraw", "USA", "2019-08")]
    [InlineData("000", "INF", "suspend", "RUS", "2019-02")]
    [InlineData("002", "NEW-START", "suspend", "RUS", "2023")]
    [InlineData("002", "OPEN-SKIES", "withdraw", "USA", "2020")]
    [InlineData("002", "ABM", "withdraw", "USA", "2002")]
    public void Treaty_actions_come_out_with_party_date_and_evidence(string sample, string treaty, string action, string party, string date)
    {
        var d = Doc(sample);
        var found = d.TreatyActions.Where(t => t.Treaty == treaty && t.Action == action && t.Party?.Actor?.Country == party).ToList();
        var hit = Assert.Single(found, t => t.Date is not null && t.Date.StartsWith(date, StringComparison.Ordinal));
        Assert.NotEqual("conflict", hit.Status);
        Assert.False(string.IsNullOrEmpty(hit.Rule));
        Assert.InRange(hit.Evidence.Length, 1, 400);
    }

    [Fact]
    public void Accusations_of_past_withdrawals_are_not_new_treaty_events_in_the_article_year()
    {
        Assert.DoesNotContain(Doc("002").TreatyActions, t => t.Action.StartsWith("withdraw", StringComparison.Ordinal) && t.Date is not null && t.Date.StartsWith("2023", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Kremlin_denial_of_contacts_is_never_an_asserted_meeting()
    {
        var d = Doc("000");
        var denial = d.Events.Where(e => Sentence(d, e).StartsWith("Moscow denied", StringComparison.Ordinal)).ToList();
        Assert.Contains(denial, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Modality is Modality.Denied or Modality.Negated);
        Assert.DoesNotContain(denial, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void The_2017_Tillerson_Putin_meeting_is_a_meeting_between_the_two()
    {
        var d = Doc("003");
        var meeting = Assert.Single(d.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal)
            && e.Source.Actor?.Name == "Rex Tillerson" && e.Target?.Actor?.Name == "Vladimir Putin");
        Assert.Equal(Modality.Asserted, meeting.Modality);
        Assert.StartsWith("2017", meeting.Date, StringComparison.Ordinal);
        Assert.Contains("meeting", d.Slice(meeting.Evidence), StringComparison.Ordinal);
    }

    [Fact]
    public void Russia_vetoes_the_resolution_and_the_US_keeps_sanctions_on_Russia()
    {
        var d = Doc("003");
        Assert.Contains(d.Events, e => e.Source.Actor?.Country == "RUS" && Sentence(d, e).Contains("vetoed a UN security resolution", StringComparison.Ordinal)
            && e.Quad >= 3 && e.Modality == Modality.Asserted);
        Assert.Contains(d.Events, e => e.Cameo.StartsWith("16", StringComparison.Ordinal) && e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "RUS");
    }

    [Fact]
    public void Lavrov_speaks_against_Washington_and_every_event_carries_date_rule_and_evidence()
    {
        var d = Doc("000");
        Assert.Contains(d.Events, e => e.Source.Actor?.Name == "Sergey Lavrov" && e.Target?.Actor?.Country == "USA");
        Assert.Contains(d.Events, e => e.Source.Actor?.Country == "USA" && e.Target?.Actor?.Country == "RUS" && e.Quad >= 3 && e.Modality == Modality.Reported);
        Assert.Contains(d.Events, e => e.Source.Actor?.Country == "RUS" && e.Target?.Actor?.Country == "USA" && e.Cameo == "112" && e.Modality == Modality.Asserted);
        foreach (var e in Samples.Value.Values.SelectMany(x => x.Events))
        {
            Assert.False(string.IsNullOrEmpty(e.Rule));
            Assert.False(string.IsNullOrEmpty(e.Date));
            Assert.InRange(e.Goldstein, -10, 10);
        }
    }

    [Theory]
    [InlineData("000", "There have been no contacts on this issue", "Peskov")]
    [InlineData("000", "single lesson", "Lavrov")]
    [InlineData("002", "It is a medical fact that they have destroyed", "Lavrov")]
    [InlineData("003", "not getting along with Russia at all", "Trump")]
    [InlineData("003", "all-time low", "Trump")]
    [InlineData("003", "I expressed the view that the current state", "Tillerson")]
    [InlineData("003", "I don\u2019t know of any positive examples of removing a dictator", "Lavrov")]
    public void Quotes_are_attributed_to_their_speakers(string sample, string words, string speaker)
    {
        var d = Doc(sample);
        var quote = d.Quotes.First(q => q.Text.Contains(words, StringComparison.Ordinal));
        Assert.Contains(speaker, quote.Speaker?.Actor?.Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Lavrov_is_resolved_from_his_role_descriptions_as_of_the_article_date()
    {
        var d = Doc("000");
        foreach (var phrase in new[] { "Russia\u2019s top diplomat", "Moscow\u2019s top diplomat", "The cabinet minister" })
        {
            var mention = d.Mentions.First(m => m.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase) || phrase.Contains(m.Text, StringComparison.OrdinalIgnoreCase) && m.Text.Length > 8);
            Assert.Contains("Lavrov", mention.Actor?.Name ?? "", StringComparison.Ordinal);
        }
    }
}
