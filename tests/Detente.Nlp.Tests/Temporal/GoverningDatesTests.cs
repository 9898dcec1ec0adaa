using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Detente.Core.Model;
using Detente.Nlp.Temporal;

namespace Detente.Nlp.Tests.Temporal;

public sealed class GoverningDatesTests(TemporalFixture fx) : IClassFixture<TemporalFixture>
{
    /// <summary>A document with word tokens, sentences, a given reference date and its time expressions.</summary>
    private Document Build(string text, DateOnly? published)
    {
        var sentences = SentenceSpans.Split(text);
        var tokens = Regex.Matches(text, @"\w+|[^\w\s]").Select(m => new Token(new TextRange(m.Index, m.Index + m.Length), m.Value) { Head = -1 }).ToImmutableArray();
        var sentenceLayer = sentences.Select(s =>
        {
            int first = tokens.ToList().FindIndex(t => t.Range.Start >= s.Start);
            int count = tokens.Count(t => s.Contains(t.Range));
            return new Sentence(s, first, count);
        }).ToImmutableArray();
        var doc = new Document(new Article("t", text, Published: published))
        {
            Tokens = tokens,
            Sentences = sentenceLayer,
            Present = Layers.Tokens | Layers.Sentences | Layers.ReferenceDate,
        };
        return new TimeExpressionStage(fx.Lexicon).Process(doc);
    }

    private static int At(Document doc, string word) => doc.Text.IndexOf(word, StringComparison.Ordinal);

    [Fact]
    public void Without_a_parse_the_nearest_expression_in_the_clause_governs()
    {
        var doc = Build("Arnor signed the pact on Monday, and Gondor protested on 4 April 2019.", new DateOnly(2019, 4, 10));
        var signed = GoverningDates.Find(doc, At(doc, "signed"))!;
        var protested = GoverningDates.Find(doc, At(doc, "protested"))!;
        Assert.Equal(("2019-04-08", DateOrigin.SameSentence), (signed.Value, signed.Origin));
        Assert.Equal(("2019-04-04", DateOrigin.SameSentence), (protested.Value, protested.Origin));
    }

    [Fact]
    public void The_expression_attached_in_the_parse_governs_even_when_farther()
    {
        var doc = Build("In 2018, said Arnor, Gondor attacked the convoy near the old border on Monday.", new DateOnly(2019, 4, 10));
        var tokens = doc.Tokens.ToList();
        int said = tokens.FindIndex(t => t.Form == "said"), attacked = tokens.FindIndex(t => t.Form == "attacked");
        tokens[said] = tokens[said] with { Upos = "VERB" };
        tokens[attacked] = tokens[attacked] with { Upos = "VERB", Head = said, Relation = "ccomp" };
        int year = tokens.FindIndex(t => t.Form == "2018"), monday = tokens.FindIndex(t => t.Form == "Monday");
        tokens[year] = tokens[year] with { Head = said, Relation = "obl" };
        tokens[monday] = tokens[monday] with { Head = attacked, Relation = "obl:tmod" };
        var parsed = doc with { Tokens = [.. tokens], Present = doc.Present | Layers.Dependencies };

        Assert.Equal("2018", GoverningDates.Find(doc, At(doc, "attacked"))!.Value);
        var g = GoverningDates.Find(parsed, At(parsed, "attacked"))!;
        Assert.Equal(("2019-04-08", DateOrigin.Attached), (g.Value, g.Origin));
    }

    [Fact]
    public void A_sentence_without_a_date_takes_the_narrative_time()
    {
        var doc = Build("Gondor left the treaty in February 2019. Arnor protested.", new DateOnly(2023, 7, 14));
        var g = GoverningDates.Find(doc, At(doc, "protested"))!;
        Assert.Equal(("2019-02", DateOrigin.Narrative), (g.Value, g.Origin));
    }

    [Fact]
    public void An_undated_text_falls_back_to_the_month_of_its_reference_date()
    {
        var doc = Build("Arnor protested.", new DateOnly(2023, 7, 14));
        var g = GoverningDates.Find(doc, At(doc, "protested"))!;
        Assert.Equal(("2023-07", DateOrigin.Reference), (g.Value, g.Origin));
        Assert.Null(GoverningDates.Find(Build("Arnor protested.", null), 6));
    }
}
