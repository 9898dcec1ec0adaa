using System.Globalization;
using System.Text;
using Detente.Core.Model;

namespace Detente.Nlp.Events;

/// <summary>Explains a coded event: the sentence, its parse, the code's meaning, the rule that fired and why each argument was chosen.</summary>
public sealed class EventExplainer
{
    private readonly CameoCodebook _codebook;

    /// <summary>Creates an explainer over the codebook.</summary>
    public EventExplainer(CameoCodebook codebook) => _codebook = codebook;

    /// <summary>A multi-line, human-readable explanation of <paramref name="e"/> found in <paramref name="doc"/>.</summary>
    public string Explain(Document doc, PoliticalEvent e)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var entry = _codebook.Find(e.Cameo);
        sb.Append(inv, $"event   {e.Source.Text} -> {e.Target?.Text ?? "(no target)"}: CAMEO {e.Cameo} {entry?.Name}").AppendLine();
        sb.Append(inv, $"codes   Goldstein {e.Goldstein:0.0}, class {e.Quad}, PLOVER {e.Plover ?? "-"}{(e.Mode is null ? string.Empty : " / " + e.Mode)}").AppendLine();
        sb.Append(inv, $"status  {e.Modality.ToString().ToLowerInvariant()}{(e.Historical ? ", historical" : string.Empty)}; date {e.Date ?? "unknown"}; confidence {e.Confidence:0.00}").AppendLine();
        sb.Append(inv, $"source  {Describe(e.Source)}").AppendLine();
        if (e.Target is { } t)
        {
            sb.Append(inv, $"target  {Describe(t)}").AppendLine();
        }

        sb.AppendLine("rule    " + e.Rule.Replace("; ", Environment.NewLine + "        ", StringComparison.Ordinal));
        sb.AppendLine("fusion  " + (e.FusionKey ?? EventFusion.Key(e)) + " (" + EventFusion.Describe(e) + ")");
        sb.AppendLine("evidence \"" + doc.Slice(e.Evidence) + "\"");
        if (e.Sentence >= 0 && e.Sentence < doc.Sentences.Length)
        {
            var s = doc.Sentences[e.Sentence];
            sb.AppendLine("sentence \"" + doc.Slice(s.Range) + "\"");
            sb.AppendLine("parse");
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var tok = doc.Tokens[i];
                string head = tok.Head < 0 ? "root" : (tok.Head - s.FirstToken + 1).ToString(inv);
                string mark = e.Evidence.Contains(tok.Range) ? "*" : " ";
                sb.Append(inv, $"  {mark}{i - s.FirstToken + 1,3} {tok.Form,-16} {tok.Lemma,-14} {tok.Upos,-6} {head,4} {tok.Relation}").AppendLine();
            }
        }

        return sb.ToString();
    }

    private static string Describe(ActorRef a) =>
        a.Actor is { } x ? $"\"{a.Text}\" = {x.Name} ({x.Code ?? x.Id})" : $"\"{a.Text}\" (unresolved)";
}
