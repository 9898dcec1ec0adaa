using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Core.Model;
using Detente.Core.Pipeline;
using Detente.Nlp.Entities;
using Detente.Nlp.Text;

namespace Detente.Cli.Commands;

/// <summary>Prints the actor mentions of a text file, resolved as of a date, without touching any database.</summary>
internal sealed class KbMentionsCommand : ICliCommand
{
    public string Name => "kb mentions";

    public string Summary => "show the actor mentions of a text file, resolved as of a date";

    public string Help => """
        Usage: detente kb mentions FILE [--date YYYY-MM-DD]
        Finds every actor mention in FILE (UTF-8 text) and resolves it against the knowledge base as of --date
        (without a date, roles resolve to their latest holders). One line per mention: position, text, type,
        actor id, CAMEO code, role, the rule that found it, and the index of its antecedent.

        Example:
          detente kb mentions examples/003_e0bed1de2388a5c0.txt --date 2017-04-12
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var date = args.GetDate("date");
        args.RejectUnknown();
        if (args.Positional.Count != 1)
        {
            throw new CliUsageException("name one text file");
        }

        var path = args.Positional[0];
        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync($"{path}: no such file").ConfigureAwait(false);
            return 1;
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var pipeline = DocumentPipeline.Build([.. TextStages.Create(context.DataDirectory), ActorStage.Create(context.DataDirectory)]);
        var result = pipeline.Run(new Document(new Article(Path.GetFileNameWithoutExtension(path), text, Published: date)));
        var doc = result.Document;
        for (int i = 0; i < doc.Mentions.Length; i++)
        {
            var m = doc.Mentions[i];
            var a = m.Actor;
            var line = string.Join('\t',
                i.ToString(CultureInfo.InvariantCulture),
                m.Range.Start.ToString(CultureInfo.InvariantCulture),
                m.Text.ReplaceLineEndings(" "),
                m.Type.ToString(),
                a?.Id ?? "-",
                a?.Code ?? "-",
                a?.Role ?? "-",
                m.Rule ?? "-",
                m.Antecedent?.ToString(CultureInfo.InvariantCulture) ?? "-");
            await context.Out.WriteLineAsync(line).ConfigureAwait(false);
        }

        return 0;
    }
}
