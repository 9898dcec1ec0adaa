using System.Diagnostics;
using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp.Entities;
using Detente.Nlp.Quotes;
using Detente.Nlp.Quotes.Evaluation;
using Detente.Nlp.Text;

namespace Detente.Cli.Commands;

/// <summary>Scores the quote stage against PolNeAR brat attribution files.</summary>
internal sealed class EvalQuotesCommand : ICliCommand, IHasFlags
{
    public string Name => "eval quotes";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "inexact", "actors" };

    public string Summary => "score quote attribution against PolNeAR (source, cue, content P/R/F1)";

    public string Help => """
        Usage: detente eval quotes --polnear DIR [--limit N] [--errors N [--inexact]] [--actors]
        Runs the text stages and the quote stage over the PolNeAR articles in DIR (a split folder such as
        polnear/dev with text/ and attributions/, or polnear/ for every split in it) and prints precision,
        recall and F1 for source, cue and content spans, exact and overlap. Pieces of one attribution are
        compared by their hull; one annotator file per article (the first by name).
          --limit N    score only the first N articles
          --errors N   print up to N missed gold contents and N spurious predictions
          --inexact    with --errors, also print up to N predictions that overlap gold but differ from it
          --actors     run the actor stage too, so speakers resolve through mentions
        Example: detente eval quotes --polnear ../shared/data/quotes/polnear/dev
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var dir = args.Get("polnear") ?? throw new CliUsageException("eval quotes needs --polnear DIR");
        int limit = args.GetInt("limit", int.MaxValue);
        int errors = args.GetInt("errors", 0);
        bool showInexact = args.Has("inexact");
        bool actors = args.Has("actors");
        args.RejectUnknown();
        if (!Directory.Exists(dir))
        {
            await context.Error.WriteLineAsync($"eval quotes: --polnear {dir}: no such directory").ConfigureAwait(false);
            return 1;
        }

        List<AnnotatedArticle> articles;
        try
        {
            articles = PolnearReader.Read(dir);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or InvalidDataException or FormatException)
        {
            await context.Error.WriteLineAsync("eval quotes: " + ex.Message).ConfigureAwait(false);
            return 1;
        }

        var stages = TextStages.Create(context.DataDirectory).ToList();
        if (actors)
        {
            stages.Add(ActorStage.Create(context.DataDirectory));
        }

        stages.Add(new QuoteStage(QuoteLexicon.Load(context.DataDirectory)));
        var pipeline = DocumentPipeline.Build(stages);
        var scorer = new AttributionScorer();
        var clock = Stopwatch.StartNew();
        int sentences = 0, scored = 0, shownMissed = 0, shownSpurious = 0, shownInexact = 0;
        foreach (var article in articles.Take(limit))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = pipeline.Run(new Document(new Article(article.Id, article.Text)));
            foreach (var failure in result.Failures)
            {
                await context.Error.WriteLineAsync(failure.ToString()).ConfigureAwait(false);
            }

            var predicted = QuoteAttributions.From(result.Document.Quotes);
            scorer.Add(article.Text, article.Attributions, predicted);
            sentences += result.Document.Sentences.Length;
            scored++;
            if (errors > 0)
            {
                foreach (var g in article.Attributions.Where(g => !predicted.Any(p => p.Content.Any(c => g.Content.Any(c.Overlaps)))))
                {
                    if (shownMissed++ < errors)
                    {
                        await context.Out.WriteLineAsync("MISSED  " + Show(article.Text, g)).ConfigureAwait(false);
                    }
                }

                foreach (var p in predicted)
                {
                    var g = article.Attributions.FirstOrDefault(g => g.Content.Any(c => p.Content.Any(c.Overlaps)));
                    if (g is null && shownSpurious++ < errors)
                    {
                        await context.Out.WriteLineAsync("SPURIOUS " + Show(article.Text, p)).ConfigureAwait(false);
                    }
                    else if (g is not null && showInexact && !Show(article.Text, g).Equals(Show(article.Text, p), StringComparison.Ordinal) && shownInexact++ < errors)
                    {
                        await context.Out.WriteLineAsync("GOLD     " + Show(article.Text, g)).ConfigureAwait(false);
                        await context.Out.WriteLineAsync("  OURS   " + Show(article.Text, p)).ConfigureAwait(false);
                    }
                }
            }
        }

        var ci = CultureInfo.InvariantCulture;
        await context.Out.WriteLineAsync(string.Format(ci, "PolNeAR {0}: {1} articles, {2} sentences, {3:F1} s", dir, scored, sentences, clock.Elapsed.TotalSeconds)).ConfigureAwait(false);
        await context.Out.WriteLineAsync("span      exact                         overlap").ConfigureAwait(false);
        foreach (var type in AttributionScorer.Types)
        {
            await context.Out.WriteLineAsync(string.Format(ci, "{0,-9} {1}   {2}", type, scorer.Score(type, true), scorer.Score(type, false))).ConfigureAwait(false);
        }

        var content = scorer.Score("content", true);
        await context.Out.WriteLineAsync(string.Format(ci, "gold attributions {0}, predicted {1}", content.Gold, content.Predicted)).ConfigureAwait(false);
        return 0;
    }

    private static string Show(string text, GoldAttribution a)
    {
        static string Of(string text, System.Collections.Immutable.ImmutableArray<TextRange> r) =>
            r.IsEmpty ? "-" : string.Join(" | ", r.Select(x => x.Of(text).ReplaceLineEndings(" ")));

        return $"[{Of(text, a.Source)}] [{Of(text, a.Cue)}] [{Of(text, a.Content)}]";
    }
}
