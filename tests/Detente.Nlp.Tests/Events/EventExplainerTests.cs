using Detente.Nlp.Events;
using Detente.Tests.Common;

namespace Detente.Nlp.Tests.Events;

public sealed class EventExplainerTests
{
    [Fact]
    public void Explanation_names_the_code_the_rule_the_arguments_and_the_parse()
    {
        var doc = ParsedSentences.Document("x", new DateOnly(2024, 5, 1), """
            Gondor Gondor PROPN 3 nsubj:pass
            was be AUX 3 aux:pass
            attacked attack VERB 0 root
            by by ADP 5 case
            Mordor Mordor PROPN 3 obl:agent
            . . PUNCT 3 punct
            """);
        var e = Assert.Single(ParsedSentences.Coder.Code(doc));
        var text = new EventExplainer(CameoCodebook.Load(TestPaths.Data)).Explain(doc, e);
        Assert.Contains("CAMEO 190 Use conventional military force", text, StringComparison.Ordinal);
        Assert.Contains("passive agent", text, StringComparison.Ordinal);
        Assert.Contains("\"Mordor\" = Mordor (MOR)", text, StringComparison.Ordinal);
        Assert.Contains("attacked", text, StringComparison.Ordinal);
    }
}
