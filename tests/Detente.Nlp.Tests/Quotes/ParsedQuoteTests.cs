using System.Collections.Immutable;
using Detente.Core.Model;

namespace Detente.Nlp.Tests.Quotes;

/// <summary>The parse-based rules, on documents whose tags and dependencies are written by hand.</summary>
public sealed class ParsedQuoteTests
{
    // One row per token: form, lemma, UPOS, head (1-based within the sentence, 0 for the root), relation.
    private static Document Parsed(string text, params (string Form, string Lemma, string Upos, int Head, string Rel)[] rows)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        int at = 0;
        foreach (var r in rows)
        {
            int start = text.IndexOf(r.Form, at, StringComparison.Ordinal);
            at = start + r.Form.Length;
            tokens.Add(new Token(new TextRange(start, at), r.Form) { Lemma = r.Lemma, Upos = r.Upos, Head = r.Head - 1, Relation = r.Rel });
        }

        var sentence = new Sentence(new TextRange(0, text.Length), 0, rows.Length);
        return new Document(new Article("parsed", text))
        {
            Tokens = tokens.ToImmutable(),
            Sentences = [sentence],
            Present = Layers.Tokens | Layers.Sentences | Layers.Tags | Layers.Lemmas | Layers.Dependencies,
        };
    }

    [Fact]
    public void Speech_verb_with_a_clausal_complement_is_indirect_speech()
    {
        var doc = QuoteTestKit.Stage.Process(Parsed(
            "Varda has warned that Gondor would withdraw.",
            ("Varda", "Varda", "PROPN", 3, "nsubj"),
            ("has", "have", "AUX", 3, "aux"),
            ("warned", "warn", "VERB", 0, "root"),
            ("that", "that", "SCONJ", 7, "mark"),
            ("Gondor", "Gondor", "PROPN", 7, "nsubj"),
            ("would", "would", "AUX", 7, "aux"),
            ("withdraw", "withdraw", "VERB", 3, "ccomp"),
            (".", ".", "PUNCT", 3, "punct")));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("that Gondor would withdraw", q.Text);
        Assert.Equal("Varda", q.Speaker!.Text);
        Assert.Equal("has warned", doc.Slice(q.Cue!.Value));
        Assert.Equal("parse:complement", q.Rule);
    }

    [Fact]
    public void A_cue_in_parataxis_takes_the_clause_it_hangs_from()
    {
        var doc = QuoteTestKit.Stage.Process(Parsed(
            "Gondor is weak, the minister told reporters.",
            ("Gondor", "Gondor", "PROPN", 3, "nsubj"),
            ("is", "be", "AUX", 3, "cop"),
            ("weak", "weak", "ADJ", 0, "root"),
            (",", ",", "PUNCT", 7, "punct"),
            ("the", "the", "DET", 6, "det"),
            ("minister", "minister", "NOUN", 7, "nsubj"),
            ("told", "tell", "VERB", 3, "parataxis"),
            ("reporters", "reporter", "NOUN", 7, "obj"),
            (".", ".", "PUNCT", 3, "punct")));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Gondor is weak", q.Text);
        Assert.Equal("the minister", q.Speaker!.Text);
        Assert.Equal("parse:parataxis", q.Rule);
    }

    [Fact]
    public void A_participle_cue_shares_the_subject_of_its_head()
    {
        var doc = QuoteTestKit.Stage.Process(Parsed(
            "Hale spoke, adding that talks failed.",
            ("Hale", "Hale", "PROPN", 2, "nsubj"),
            ("spoke", "speak", "VERB", 0, "root"),
            (",", ",", "PUNCT", 4, "punct"),
            ("adding", "add", "VERB", 2, "advcl"),
            ("that", "that", "SCONJ", 7, "mark"),
            ("talks", "talk", "NOUN", 7, "nsubj"),
            ("failed", "fail", "VERB", 4, "ccomp"),
            (".", ".", "PUNCT", 2, "punct")));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("that talks failed", q.Text);
        Assert.Equal("Hale", q.Speaker!.Text);
    }

    [Fact]
    public void According_to_makes_its_object_the_source()
    {
        var doc = QuoteTestKit.Stage.Process(Parsed(
            "According to Varda, the treaty is void.",
            ("According", "according", "VERB", 3, "case"),
            ("to", "to", "ADP", 1, "fixed"),
            ("Varda", "Varda", "PROPN", 8, "obl"),
            (",", ",", "PUNCT", 8, "punct"),
            ("the", "the", "DET", 6, "det"),
            ("treaty", "treaty", "NOUN", 8, "nsubj"),
            ("is", "be", "AUX", 8, "cop"),
            ("void", "void", "ADJ", 0, "root"),
            (".", ".", "PUNCT", 8, "punct")));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("the treaty is void", q.Text);
        Assert.Equal("Varda", q.Speaker!.Text);
    }
}
