using Detente.Knowledge.Loading;
using Detente.Tests.Common;

namespace Detente.Knowledge.Tests.Loading;

public sealed class ValidationTests
{
    private static string CopyOfShippedKb()
    {
        var dir = TestPaths.NewTempDir();
        foreach (var (file, _) in KnowledgeBaseLoader.Files)
        {
            File.Copy(Path.Combine(TestPaths.Data, "kb", file), Path.Combine(dir, file));
        }

        return dir;
    }

    private static void Append(string dir, string file, string line) => File.AppendAllText(Path.Combine(dir, file), line + "\n");

    private static int LineCount(string dir, string file) => File.ReadAllLines(Path.Combine(dir, file)).Length;

    [Fact]
    public void The_shipped_knowledge_base_loads_without_errors()
    {
        var kb = KnowledgeBaseLoader.TryLoad(Path.Combine(TestPaths.Data, "kb"), out var errors);
        Assert.Empty(errors);
        Assert.NotNull(kb);
        Assert.True(kb.People.Count > 200);
    }

    [Fact]
    public void A_role_for_an_unknown_person_is_reported_with_file_and_line()
    {
        var dir = CopyOfShippedKb();
        Append(dir, "roles.tsv", "nobody-at-all\tUSA\tpresident\t2001-01-01\t\tinvented");
        int line = LineCount(dir, "roles.tsv");
        KnowledgeBaseLoader.TryLoad(dir, out var errors);
        var e = Assert.Single(errors);
        Assert.Equal($"roles.tsv:{line}: unknown person 'nobody-at-all' (people.tsv)", e.ToString());
    }

    [Fact]
    public void Bad_dates_and_reversed_tenures_are_reported()
    {
        var dir = CopyOfShippedKb();
        Append(dir, "roles.tsv", "sergey-lavrov\tRUS\tforeign-minister\t2004-13-01\t\tinvented");
        Append(dir, "roles.tsv", "sergey-lavrov\tRUS\tforeign-minister\t2004-03-09\t2003-01-01\tinvented");
        KnowledgeBaseLoader.TryLoad(dir, out var errors);
        Assert.Equal(2, errors.Count);
        Assert.Contains("should be a date YYYY-MM-DD, got '2004-13-01'", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("ends (2003-01-01) before it starts (2004-03-09)", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_header_and_too_many_columns_are_reported()
    {
        var dir = CopyOfShippedKb();
        File.WriteAllText(Path.Combine(dir, "metonyms.tsv"), "# comment\nphrase\tactor\n");
        Append(dir, "agents.tsv", "spy\tspies\tSPY\tperson\t\textra");
        KnowledgeBaseLoader.TryLoad(dir, out var errors);
        Assert.Contains(errors, e => e.ToString() == "metonyms.tsv:2: header should be 'phrase, actor, sector, role' but is 'phrase, actor'");
        Assert.Contains(errors, e => e.File == "agents.tsv" && e.Message.StartsWith("6 columns where 5 are expected", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_countries_offices_and_duplicates_are_reported()
    {
        var dir = CopyOfShippedKb();
        Append(dir, "people.tsv", "arwen\tArwen Undomiel\t\t\tf\tXXX\tinvented");
        Append(dir, "people.tsv", "sergey-lavrov\tSergey Lavrov\t\t\tm\tRUS\tinvented");
        Append(dir, "roles.tsv", "sergey-lavrov\tRUS\tchief-wizard\t2004-03-09\t\tinvented");
        KnowledgeBaseLoader.TryLoad(dir, out var errors);
        Assert.Contains(errors, e => e.File == "people.tsv" && e.Message == "unknown country 'XXX'");
        Assert.Contains(errors, e => e.File == "people.tsv" && e.Message == "person 'sergey-lavrov' is defined twice");
        Assert.Contains(errors, e => e.File == "roles.tsv" && e.Message == "unknown office 'chief-wizard' (offices.tsv)");
    }

    [Fact]
    public void A_missing_file_is_reported_and_nothing_is_loaded()
    {
        var dir = CopyOfShippedKb();
        File.Delete(Path.Combine(dir, "agents.tsv"));
        Assert.Null(KnowledgeBaseLoader.TryLoad(dir, out var errors));
        Assert.Contains(errors, e => e.File == "agents.tsv" && e.Message.StartsWith("file is missing", StringComparison.Ordinal));
    }
}
