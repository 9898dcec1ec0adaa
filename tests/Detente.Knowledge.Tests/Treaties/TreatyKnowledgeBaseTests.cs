using Detente.Knowledge.Treaties;
using Detente.Tests.Common;

namespace Detente.Knowledge.Tests.Treaties;

public sealed class TreatyKnowledgeBaseTests
{
    private static readonly TreatyKnowledgeBase Kb = TreatyKnowledgeBase.Load(TestPaths.Data);

    [Theory]
    [InlineData("ABM")]
    [InlineData("INF")]
    [InlineData("SALT-I")]
    [InlineData("SALT-II")]
    [InlineData("START-I")]
    [InlineData("START-II")]
    [InlineData("NEW-START")]
    [InlineData("OPEN-SKIES")]
    [InlineData("CTBT")]
    [InlineData("NPT")]
    [InlineData("CFE")]
    [InlineData("VIENNA-DOCUMENT")]
    [InlineData("HOTLINE")]
    [InlineData("INCSEA")]
    [InlineData("CWC")]
    [InlineData("JCPOA")]
    public void Every_required_agreement_is_in_the_knowledge_base_with_sourced_events(string id)
    {
        var t = Kb.Find(id);
        Assert.NotNull(t);
        Assert.NotEmpty(t.Events);
        Assert.All(t.Events, e => Assert.NotEmpty(e.Sources));
        Assert.All(t.Events, e => Assert.StartsWith("http", e.Sources[0], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Intermediate-Range Nuclear Forces Agreement", "INF")]
    [InlineData("Intermediate-Range Nuclear Forces Treaty", "INF")]
    [InlineData("New Start", "NEW-START")]
    [InlineData("the open skies treaty", null)]
    [InlineData("Open Skies Treaty", "OPEN-SKIES")]
    [InlineData("Anti-Ballistic Missile Treaty", "ABM")]
    [InlineData("ABM Treaty", "ABM")]
    public void Aliases_find_their_agreement(string name, string? id) =>
        Assert.Equal(id, Kb.FindByName(name)?.Id);

    [Fact]
    public void Withdrawal_clauses_carry_their_notice_periods()
    {
        Assert.Equal(new NoticePeriod(0, 6, 0), Kb.Find("ABM")!.Notice);
        Assert.Equal(new NoticePeriod(0, 6, 0), Kb.Find("INF")!.Notice);
        Assert.Equal(new NoticePeriod(0, 0, 150), Kb.Find("CFE")!.Notice);
        Assert.Equal(new NoticePeriod(0, 3, 0), Kb.Find("NPT")!.Notice);
        Assert.Equal("none", Kb.Find("VIENNA-DOCUMENT")!.WithdrawalNotice.Value);
    }

    [Theory]
    [InlineData("START-I")]
    [InlineData("NEW-START")]
    [InlineData("INCSEA")]
    public void Unverified_notice_periods_stay_unknown(string id)
    {
        Assert.Null(Kb.Find(id)!.WithdrawalNotice.Value);
        Assert.Null(Kb.Find(id)!.Notice);
    }

    [Fact]
    public void The_USSR_seat_passes_to_Russia_at_the_end_of_1991()
    {
        Assert.Equal("SUN", Kb.Seat("RUS"));
        Assert.Equal("SUN", Kb.Holder("SUN", new DateOnly(1991, 12, 25)));
        Assert.Equal("RUS", Kb.Holder("SUN", new DateOnly(1991, 12, 26)));
    }

    [Fact]
    public void A_malformed_file_is_rejected_with_its_file_and_line()
    {
        var dir = NewKb("""
            treaty: TEST
            name: Test Treaty
            kind: treaty
            duration: unknown
            withdrawal_notice: unknown
            parties: USA RUS
            parties_complete: yes
            event: 2001-13-01 sign USA [S1]
            """);
        var ex = Assert.Throws<TreatyDataException>(() => TreatyKnowledgeBase.Load(dir));
        Assert.Contains("test.treaty:8:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2001-13-01", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("event: 2001-01-01 sign USA [S9]", "unknown source id 'S9'")]
    [InlineData("event: 2001-01-01 signed USA [S1]", "unknown event kind 'signed'")]
    [InlineData("event: 2001-01-01 sign FRA [S1]", "party 'FRA' is not in this treaty's 'parties'")]
    [InlineData("event: 2001-01-01 sign USA", "needs a source")]
    [InlineData("colour: blue", "unknown key 'colour'")]
    public void Each_kind_of_mistake_is_named(string line, string expected)
    {
        var dir = NewKb("treaty: TEST\nname: Test Treaty\nkind: treaty\nduration: unknown\nwithdrawal_notice: unknown\nparties: USA RUS\nparties_complete: yes\n" + line + "\n");
        var ex = Assert.Throws<TreatyDataException>(() => TreatyKnowledgeBase.Load(dir));
        Assert.Contains("test.treaty:8: " , ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    internal static string NewKb(string treatyText)
    {
        var data = TestPaths.NewTempDir();
        var folder = TreatyKnowledgeBase.FolderIn(data);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sources.txt"), "S1 https://example.org/one\n");
        File.WriteAllText(Path.Combine(folder, "successions.txt"), "SUN RUS 1991-12-26 [S1]\n");
        File.WriteAllText(Path.Combine(folder, "test.treaty"), treatyText);
        return data;
    }
}
