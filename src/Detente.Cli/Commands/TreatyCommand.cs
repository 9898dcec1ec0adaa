using Detente.Cli.Hosting;
using Detente.Cli.Output;
using Detente.Knowledge.Treaties;
using Detente.Storage;

namespace Detente.Cli.Commands;

/// <summary>Shows the treaty status board as of a date, or one agreement's timeline with the actions reported in articles.</summary>
internal sealed class TreatyCommand : ICliCommand
{
    private readonly Func<CommandArgs, CliContext, string, CancellationToken, Task<IReadOnlyList<TreatyActionEvidence>>> _reported;

    /// <summary>Creates the command; <paramref name="reported"/> supplies the actions found in articles for a treaty id (none by default).</summary>
    public TreatyCommand(Func<CommandArgs, CliContext, string, CancellationToken, Task<IReadOnlyList<TreatyActionEvidence>>>? reported = null) =>
        _reported = reported ?? ((_, _, _, _) => Task.FromResult<IReadOnlyList<TreatyActionEvidence>>([]));

    public string Name => "treaty";

    public string Summary => "treaty status board as of a date, or one agreement's timeline";

    public string Help => """
        Usage: detente treaty [TREATY] [--as-of DATE] [--format table|json|jsonl|csv]
        Without TREATY: the status of every agreement for every listed party on DATE (default today):
        in_force, suspended, withdrawn, expired, terminated, never_joined, signed_not_ratified,
        ratified_not_in_force or unknown, with a pending withdrawal notice when there is one.
        With TREATY (an id or alias: INF, "New START", ABM): its status by party on DATE and its timeline,
        recorded lifecycle events with their sources followed by actions reported in articles.

        Examples:
          detente treaty --as-of 2019-06-01
          detente treaty INF
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var date = args.GetDate("as-of") ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var format = args.Get("format") ?? "table";
        if (!RowWriter.Formats.Contains(format))
        {
            throw new CliUsageException($"--format must be one of {string.Join(", ", RowWriter.Formats)}, not '{format}'");
        }

        if (args.Positional.Count > 1)
        {
            throw new CliUsageException("give at most one treaty (quote names with spaces: \"New START\")");
        }

        var kb = TreatyKnowledgeBase.Load(context.DataDirectory);
        var lifecycle = new TreatyLifecycle(kb);
        if (args.Positional.Count == 0)
        {
            args.RejectUnknown();
            await RowWriter.WriteAsync(context.Out, [.. lifecycle.Board(date).Select(s => StatusRow(kb, s))], format).ConfigureAwait(false);
            return 0;
        }

        string name = args.Positional[0];
        var treaty = kb.FindByName(name)
            ?? throw new CliUsageException($"unknown treaty '{name}'; known: {string.Join(", ", kb.Treaties.Select(t => t.Id))}");
        var reported = await _reported(args, context, treaty.Id, cancellationToken).ConfigureAwait(false);
        args.RejectUnknown();

        var statuses = treaty.Parties.Select(kb.Seat).Distinct(StringComparer.Ordinal).Select(seat => lifecycle.StatusAsOf(treaty, seat, date));
        await context.Out.WriteLineAsync($"{treaty.Id}: {treaty.Name} ({treaty.Kind}); withdrawal notice: {treaty.WithdrawalNotice.Value ?? "unknown"}; duration: {treaty.Duration.Value ?? "unknown"}").ConfigureAwait(false);
        await RowWriter.WriteAsync(context.Out, [.. statuses.Select(s => StatusRow(kb, s))], format).ConfigureAwait(false);
        await context.Out.WriteLineAsync().ConfigureAwait(false);
        var timeline = TreatyTimeline.Build(kb, treaty, reported).Select(e => new Row()
            .Add("date", e.Date?.ToString())
            .Add("kind", e.Kind)
            .Add("parties", e.Parties)
            .Add("effective", e.Effective?.ToString())
            .Add("origin", e.Origin)
            .Add("status", e.Status)
            .Add("detail", e.Detail));
        await RowWriter.WriteAsync(context.Out, [.. timeline], format).ConfigureAwait(false);
        return 0;
    }

    private static Row StatusRow(TreatyKnowledgeBase kb, PartyStatus s) => new Row()
        .Add("treaty", s.Treaty)
        .Add("party", s.Party)
        .Add("status", s.Status.Code())
        .Add("since", s.Since?.ToString())
        .Add("notice_given", s.NoticeGiven?.ToString())
        .Add("notice_effective", s.NoticeEffective?.ToString())
        .Add("name", kb.Find(s.Treaty)?.Name);
}
