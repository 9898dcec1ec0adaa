using Detente.Knowledge.Loading;
using Detente.Knowledge.Petrarch;
using Detente.Tests.Common;

namespace Detente.Knowledge.Tests.Petrarch;

public sealed class PetrarchImportTests
{
    private const string Dictionary = """
        <!-- INVENTED TEST DICTIONARY
             with a comment over two lines -->
        ARNOR_  [ARN]
        +ARNORIAN_
        ARAGORN_   # the king
        +ELESSAR_
        +KING_ARAGORN
        	[ARNELI 900101-950630]
        	[ARNGOV >950701]
        ELROND_PEREDHEL_	[USAELI <991231] [USAGOV >20000101]
        MINAS_ANOR_ [GBRGOV]
        RIVENDELL_COUNCIL [IGOWSTNAT]
        SAURON_ [MOR/ORC]
        BAD_DATE_ [GON 9913-01]
        """;

    private static List<PetrarchActor> Parse(List<KnowledgeBaseError> errors) =>
        PetrarchActorDictionary.Parse("test.actors.txt", Dictionary.Split('\n'), errors);

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Entries_synonyms_and_dated_codes_are_read()
    {
        var errors = new List<KnowledgeBaseError>();
        var actors = Parse(errors);
        var aragorn = Assert.Single(actors, a => a.Name == "ARAGORN");
        Assert.Equal(["ELESSAR", "KING ARAGORN"], aragorn.Synonyms);
        Assert.Equal(new PetrarchCode("ARNELI", D("1990-01-01"), D("1995-06-30")), aragorn.Codes[0]);
        Assert.Equal(new PetrarchCode("ARNGOV", D("1995-07-01"), null), aragorn.Codes[1]);
        var elrond = Assert.Single(actors, a => a.Name == "ELROND PEREDHEL");
        Assert.Equal(new PetrarchCode("USAELI", null, D("1999-12-31")), elrond.Codes[0]);
        Assert.Equal(D("2000-01-01"), elrond.Codes[1].From);
        Assert.Equal(["MOR", "ORC"], Assert.Single(actors, a => a.Name == "SAURON").Codes.Select(c => c.Code));
    }

    [Fact]
    public void A_bad_date_restriction_is_reported_with_its_line()
    {
        var errors = new List<KnowledgeBaseError>();
        Parse(errors);
        var e = Assert.Single(errors);
        Assert.Equal("test.actors.txt:14: date restriction '9913-01' should be >YYMMDD, <YYMMDD or YYMMDD-YYMMDD", e.ToString());
    }

    [Fact]
    public void Imported_people_resolve_to_their_dated_codes_and_aliases_become_metonyms()
    {
        var dir = TestPaths.NewTempDir();
        foreach (var (file, _) in KnowledgeBaseLoader.Files)
        {
            File.Copy(Path.Combine(TestPaths.Data, "kb", file), Path.Combine(dir, file));
        }

        var import = new PetrarchImport(KnowledgeBaseLoader.TryLoad(dir, out _)!);
        import.Add(Parse([]), "test.actors.txt");
        File.AppendAllLines(Path.Combine(dir, "people.tsv"), import.People);
        File.WriteAllLines(Path.Combine(dir, "codes.tsv"), ["person\tcode\tfrom\tto\tsource", .. import.Codes]);
        File.AppendAllLines(Path.Combine(dir, "metonyms.tsv"), import.Aliases);

        var kb = KnowledgeBaseLoader.TryLoad(dir, out var errors);
        Assert.Empty(errors);
        Assert.Equal("USAELI", kb!.FindActor("person:elrond-peredhel", D("1995-01-01"))?.Code);
        Assert.Equal("USAGOV", kb.FindActor("person:elrond-peredhel", D("2005-01-01"))?.Code);
        Assert.Equal("GOV", kb.FindActor("person:elrond-peredhel", D("2005-01-01"))?.Sector);
        Assert.Contains(kb.Metonyms, m => m.Phrase == "Minas Anor" && m.Actor == "GBR" && m.Sector == "GOV");
        Assert.Contains(kb.Metonyms, m => m.Phrase == "Rivendell Council" && m.Actor == "igo:nato");
        Assert.Contains(import.Skipped, s => s.Contains("ARNOR", StringComparison.Ordinal) && s.Contains("names no state", StringComparison.Ordinal));
    }
}
