using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp.Events;
using Detente.Nlp.Events.Evaluation;
using Detente.Nlp.Events.Typing;
using Detente.Nlp;

namespace Detente.Cli.Commands;

/// <summary>What the `eval events ...` commands share: finding the development data and loading the coder.</summary>
internal static class EventEvaluationSupport
{
    /// <summary>The development data folder: --dev-data, else DETENTE_DEV_DATA, else ../shared/data beside the repository.</summary>
    /// <exception cref="CliUsageException">The folder does not exist.</exception>
    public static string DevData(CommandArgs args, CliContext context, string sub)
    {
        var root = args.Get("dev-data") ?? Environment.GetEnvironmentVariable("DETENTE_DEV_DATA")
            ?? Path.GetFullPath(Path.Combine(context.DataDirectory, "..", "..", "shared", "data"));
        var dir = Path.Combine(root, sub);
        return Directory.Exists(dir)
            ? dir
            : throw new CliUsageException($"development data folder not found: {dir} (pass --dev-data DIR, the folder holding events/)");
    }

    /// <summary>The event coder over the shipped codebook and lexicons.</summary>
    public static EventCoder LoadCoder(CliContext context) => EventCoder.Load(context.DataDirectory);

    /// <summary>An analyzer turning an article into a parsed document: the product pipeline's stages before the event stage.</summary>
    /// <exception cref="CliUsageException">No stage in this build produces the dependency parse.</exception>
    public static Func<Article, Document> Analyzer(CliContext context, string command)
    {
        var stages = new PipelineFactory(context.DataDirectory).CreateStages().TakeWhile(s => s.Name is not ("events" or "fusion")).ToList();
        var produced = stages.Aggregate(Layers.None, (l, s) => l | s.Produces);
        const Layers needed = Layers.Tags | Layers.Lemmas | Layers.Dependencies;
        if ((produced & needed) != needed)
        {
            throw new CliUsageException($"{command} codes raw sentences and needs the tagger and dependency parser, which this build does not have yet (missing {needed & ~produced}); 'eval events gsr' runs on provided parses");
        }

        var pipeline = DocumentPipeline.Build(stages);
        return article =>
        {
            var result = pipeline.Run(new Document(article));
            return result.Succeeded ? result.Document : throw new InvalidOperationException(string.Join("; ", result.Failures));
        };
    }

    /// <summary>Maps a current PLOVER type to PLV's label space (CONCEDE and RETREAT are YIELD there).</summary>
    public static string PlvLabel(string type) => type is "CONCEDE" or "RETREAT" ? "YIELD" : type;

    /// <summary>
    /// The typer's training material: PLV train rows (typed) and AW train rows (cooperation or conflict only), analyzed,
    /// with the evaluation that turns them into examples.
    /// </summary>
    public static (IReadOnlyList<LabelledSentence> Plv, IReadOnlyList<Document> PlvDocs, IReadOnlyList<TypingExample> Aw, LabelledEvaluation Eval)
        TyperTraining(CliContext context, string events, string command, EventCoder coder)
    {
        var eval = new LabelledEvaluation(coder, Analyzer(context, command), null, PloverLabels.Load(context.DataDirectory));
        var plv = LabelledSets.Plv(Path.Combine(events, "plv-train", "PLV_train.tsv"));
        var aw = LabelledSets.Aw(Path.Combine(events, "plv-train", "AW_train.tsv"));
        return (plv, eval.Analyze(plv), eval.Examples(aw, eval.Analyze(aw)), eval);
    }

    /// <summary>Formats a figure with three decimals, culture-invariant.</summary>
    public static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
