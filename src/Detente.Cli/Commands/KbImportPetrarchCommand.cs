using System.Globalization;
using Detente.Cli.Hosting;
using Detente.Knowledge.Loading;
using Detente.Knowledge.Petrarch;

namespace Detente.Cli.Commands;

/// <summary>Imports a PETRARCH/Phoenix actor dictionary into a knowledge-base folder.</summary>
internal sealed class KbImportPetrarchCommand : ICliCommand
{
    public string Name => "kb import-petrarch";

    public string Summary => "import a PETRARCH/Phoenix actor dictionary into a knowledge base";

    public string Help => """
        Usage: detente kb import-petrarch FILE [--into DIR]
        Reads a PETRARCH/TABARI actor dictionary (NAME_ [CODE], +SYNONYM, [CODE >YYMMDD] lines) and reports what
        it holds. With --into DIR (a copy of data/kb, or an empty folder, which gets a copy of the shipped
        knowledge base first), appends people with their dated codes (people.tsv, codes.tsv) and single-code
        aliases (metonyms.tsv), then validates the result. Problems are printed as FILE:LINE: MESSAGE.

        Exit codes: 0 imported; 1 the dictionary or the result has errors; 2 usage error.

        Example:
          detente kb import-petrarch ../shared/data/events/cameo/Phoenix.International.actors.txt --into /tmp/kb
        """;

    public async Task<int> RunAsync(CommandArgs args, CliContext context, CancellationToken cancellationToken)
    {
        var into = args.Get("into");
        args.RejectUnknown();
        if (args.Positional.Count != 1)
        {
            throw new CliUsageException("name one dictionary file");
        }

        var file = args.Positional[0];
        if (!File.Exists(file))
        {
            await context.Error.WriteLineAsync($"{file}: no such file").ConfigureAwait(false);
            return 1;
        }

        var errors = new List<KnowledgeBaseError>();
        var actors = PetrarchActorDictionary.Parse(Path.GetFileName(file), File.ReadLines(file), errors);
        foreach (var e in errors)
        {
            await context.Error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
        }

        var shipped = Path.Combine(context.DataDirectory, "kb");
        var target = into ?? shipped;
        if (into is not null && !File.Exists(Path.Combine(into, "people.tsv")))
        {
            Directory.CreateDirectory(into);
            foreach (var (name, _) in KnowledgeBaseLoader.Files.Where(f => File.Exists(Path.Combine(shipped, f.File))))
            {
                File.Copy(Path.Combine(shipped, name), Path.Combine(into, name));
            }
        }

        var kb = KnowledgeBaseLoader.TryLoad(target, out var kbErrors) ?? throw new CliUsageException($"{target}: the knowledge base has errors; run detente kb check --dir {target}");
        var import = new PetrarchImport(kb);
        import.Add(actors, Path.GetFileName(file));
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{file}: {actors.Count} entries, {actors.Sum(a => a.Synonyms.Count)} synonyms, {actors.Sum(a => a.Codes.Count(c => c.From is not null || c.To is not null))} dated codes; {import.People.Count} people, {import.Codes.Count} codes, {import.Aliases.Count} aliases to import, {import.Skipped.Count} left out, {errors.Count} errors")).ConfigureAwait(false);
        if (into is null)
        {
            await context.Out.WriteLineAsync("nothing written: name a knowledge-base folder with --into DIR").ConfigureAwait(false);
            return errors.Count > 0 ? 1 : 0;
        }

        Append(Path.Combine(into, "people.tsv"), import.People, null);
        Append(Path.Combine(into, "codes.tsv"), import.Codes, "person\tcode\tfrom\tto\tsource");
        Append(Path.Combine(into, "metonyms.tsv"), import.Aliases, null);
        KnowledgeBaseLoader.TryLoad(into, out kbErrors);
        foreach (var e in kbErrors)
        {
            await context.Error.WriteLineAsync(Path.Combine(into, e.ToString())).ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync(kbErrors.Count == 0 ? $"{into}: imported and valid" : $"{into}: {kbErrors.Count} problem(s) after import").ConfigureAwait(false);
        return errors.Count + kbErrors.Count > 0 ? 1 : 0;
    }

    private static void Append(string path, List<string> rows, string? header)
    {
        if (!File.Exists(path) && header is not null)
        {
            File.WriteAllText(path, "# Imported from PETRARCH actor dictionaries.\n" + header + "\n");
        }

        File.AppendAllLines(path, rows);
    }
}
