using System.Collections.Immutable;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp.Quotes;

namespace Detente.Nlp.Tests.Quotes;

public sealed class QuoteStageTests
{
    [Fact]
    public void The_stage_declares_tokens_and_sentences_and_produces_quotes()
    {
        var stage = QuoteTestKit.Stage;
        Assert.Equal("quotes", stage.Name);
        Assert.Equal(Layers.Tokens | Layers.Sentences, stage.Requires);
        Assert.Equal(Layers.Quotes, stage.Produces);
        Assert.Throws<PipelineConfigurationException>(() => DocumentPipeline.Build([stage]));
    }

    [Fact]
    public void Post_posed_direct_quote_is_attributed_to_the_named_speaker()
    {
        var doc = QuoteTestKit.Run("“Gondor will never accept these terms,” Arnor Foreign Minister Elendil Varda said on Monday.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("“Gondor will never accept these terms,”", q.Text);
        Assert.Equal("Arnor Foreign Minister Elendil Varda", q.Speaker!.Text);
        Assert.Equal("said", doc.Slice(q.Cue!.Value));
    }

    [Fact]
    public void Inverted_attribution_names_the_speaker_after_the_cue()
    {
        var doc = QuoteTestKit.Run("\"We are ready to talk,\" said the Gondorian envoy, Boromir Hale.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("the Gondorian envoy", q.Speaker!.Text);
        Assert.Equal("\"We are ready to talk,\"", q.Text);
    }

    [Theory]
    [InlineData("“", "”")]
    [InlineData("\"", "\"")]
    [InlineData("‘", "’")]
    [InlineData("'", "'")]
    [InlineData("«", "»")]
    [InlineData("„", "“")]
    public void Each_quotation_style_yields_an_attributed_quote(string open, string close)
    {
        var doc = QuoteTestKit.Run($"{open}Arnor’s border will stay closed until spring,{close} Elendil Varda told reporters.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.StartsWith(open + "Arnor’s border", q.Text, StringComparison.Ordinal);
        Assert.Equal("Elendil Varda", q.Speaker!.Text);
    }

    [Fact]
    public void A_quote_interrupted_by_the_attribution_keeps_one_speaker_and_cue()
    {
        var doc = QuoteTestKit.Run("“We have no plans to attack,” Varda said. “But we will defend every village of Arnor.”");
        Assert.Equal(2, doc.Quotes.Length);
        Assert.All(doc.Quotes, q => Assert.Equal("Varda", q.Speaker!.Text));
        Assert.Equal(doc.Quotes[0].Cue, doc.Quotes[1].Cue);
        Assert.Equal(QuoteKind.Direct, doc.Quotes[1].Kind);
    }

    [Fact]
    public void A_quote_over_several_paragraphs_is_one_quotation_of_the_speaker()
    {
        var text = "Varda said the treaty was void. He added: “The treaty is dead.\n“Gondor killed it when it moved troops to the river.”\nOther news followed.";
        var doc = QuoteTestKit.Run(text);
        var q = QuoteTestKit.Find(doc, "The treaty is dead");
        Assert.Contains("moved troops to the river.”", q.Text, StringComparison.Ordinal);
        Assert.Equal("Varda", QuoteTestKit.SpeakerName(q));
    }

    [Fact]
    public void A_quote_without_a_cue_takes_the_speaker_of_its_paragraph()
    {
        var doc = QuoteTestKit.Run("Elendil Varda warned that Gondor was massing troops. “This is a provocation we cannot ignore.”");
        var q = QuoteTestKit.Find(doc, "provocation");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Elendil Varda", q.Speaker!.Text);
    }

    [Fact]
    public void Pronoun_speakers_follow_the_last_named_speaker()
    {
        var doc = QuoteTestKit.Run("Elendil Varda told the press that Arnor would hold firm.\n“We will not be intimidated,” he said.");
        var q = QuoteTestKit.Find(doc, "intimidated");
        Assert.Equal("he", q.Speaker!.Text);
        Assert.Equal("Elendil Varda", q.Speaker.AntecedentText);
    }

    [Fact]
    public void Role_speakers_follow_the_named_speaker_holding_that_role()
    {
        var text = "Gondor Foreign Minister Boromir Hale said talks had stalled. Arnor President Elendil Varda said nothing new.\n" +
            "“We are still waiting for an answer,” the minister said.";
        var doc = QuoteTestKit.Run(text);
        var q = QuoteTestKit.Find(doc, "waiting");
        Assert.Equal("the minister", q.Speaker!.Text);
        Assert.Equal("Gondor Foreign Minister Boromir Hale", q.Speaker.AntecedentText);
    }

    [Fact]
    public void Indirect_speech_takes_the_clause_after_the_cue()
    {
        var doc = QuoteTestKit.Run("Boromir Hale said that Gondor would withdraw from the river treaty.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("that Gondor would withdraw from the river treaty", q.Text);
        Assert.Equal("Boromir Hale", q.Speaker!.Text);
    }

    [Fact]
    public void Indirect_speech_before_the_cue_is_found()
    {
        var doc = QuoteTestKit.Run("Relations with Gondor are at their lowest point in decades, Varda told the Arnor Herald in an interview.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("Relations with Gondor are at their lowest point in decades", q.Text);
        Assert.Equal("told", doc.Slice(q.Cue!.Value));
    }

    [Fact]
    public void According_to_names_the_source()
    {
        var doc = QuoteTestKit.Run("According to Varda, the river treaty is no longer binding.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Varda", q.Speaker!.Text);
        Assert.Equal("the river treaty is no longer binding", q.Text);
    }

    [Fact]
    public void Quoted_words_inside_reported_speech_make_a_mixed_quote_and_partial_quotes()
    {
        var doc = QuoteTestKit.Run("Varda said Gondor was obsessed with its “superiority” and “impunity”.");
        var mixed = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Mixed);
        Assert.Equal("Gondor was obsessed with its “superiority” and “impunity”", mixed.Text);
        var partials = doc.Quotes.Where(q => q.Kind == QuoteKind.Partial).Select(q => q.Text).ToArray();
        Assert.Equal(["“superiority”", "“impunity”"], partials);
        Assert.All(doc.Quotes, q => Assert.Equal("Varda", q.Speaker!.Text));
    }

    [Fact]
    public void Scare_quotes_without_a_speaker_are_not_quotes()
    {
        var doc = QuoteTestKit.Run("The so-called “peace dividend” never arrived in the valley.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Medium_is_recorded_when_the_cue_names_it()
    {
        var doc = QuoteTestKit.Run("Varda’s remarks were reported in TASS on Wednesday. “We are open for cooperation,” he said.");
        var q = QuoteTestKit.Find(doc, "cooperation");
        Assert.Equal("Varda", QuoteTestKit.SpeakerName(q));
        var told = QuoteTestKit.Run("Gondor is not a threat, Hale said, telling the Wall Street Journal that talks would resume.");
        Assert.Contains(told.Quotes, x => x.Medium == "Wall Street Journal");
    }

    [Fact]
    public void Speakers_resolve_to_actors_through_mention_antecedents()
    {
        var text = "Elendil Varda spoke. “We will not yield,” he said.";
        var doc = QuoteTestKit.Segment(text);
        var actor = new Actor("person:elendil-varda", "Elendil Varda", "ARN", "GOV", "Foreign Minister", "ARNGOV");
        int he = text.IndexOf(" he ", StringComparison.Ordinal) + 1;
        var mentions = ImmutableArray.Create(
            new Mention(new TextRange(0, 13), "Elendil Varda", MentionType.Person, actor),
            new Mention(new TextRange(he, he + 2), "he", MentionType.Pronoun, null, Antecedent: 0));
        doc = doc with { Mentions = mentions, Present = doc.Present | Layers.Mentions };
        var q = Assert.Single(QuoteTestKit.Stage.Process(doc).Quotes);
        Assert.Equal("he", q.Speaker!.Text);
        Assert.Same(actor, q.Speaker.Actor);
        Assert.Equal("Elendil Varda", q.Speaker.AntecedentText);
    }

    [Fact]
    public void Quotes_are_addressable_by_index_and_range()
    {
        var doc = QuoteTestKit.Run("Hale accused Arnor of violating the truce. “Arnor lied,” Hale said.");
        int i = QuoteLookup.Covering(doc, new TextRange(doc.Text.IndexOf("lied", StringComparison.Ordinal), doc.Text.IndexOf("lied", StringComparison.Ordinal) + 4));
        Assert.True(i >= 0);
        Assert.Contains("Arnor lied", doc.Quotes[i].Text, StringComparison.Ordinal);
        Assert.Equal(-1, QuoteLookup.Covering(doc, new TextRange(0, 0)));
    }
}
