using Detente.Knowledge.Treaties;
using Detente.Tests.Common;

namespace Detente.Knowledge.Tests.Treaties;

public sealed class TreatyLifecycleTests
{
    private static readonly TreatyLifecycle Rules = new(TreatyKnowledgeBase.Load(TestPaths.Data));

    private static PartyStatus At(string treaty, string party, string date) =>
        Rules.StatusAsOf(treaty, party, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void On_1_June_2019_both_sides_had_suspended_INF_and_the_US_notice_was_running()
    {
        var us = At("INF", "USA", "2019-06-01");
        Assert.Equal(TreatyStatus.Suspended, us.Status);
        Assert.Equal("2019-02-02", us.NoticeGiven?.ToString());
        Assert.Equal("2019-08-02", us.NoticeEffective?.ToString());
        Assert.Equal(TreatyStatus.Suspended, At("INF", "RUS", "2019-06-01").Status);
    }

    [Fact]
    public void The_US_withdrawal_from_INF_takes_effect_six_months_after_notice_and_ends_it_for_Russia()
    {
        Assert.Equal(TreatyStatus.Suspended, At("INF", "USA", "2019-08-01").Status);
        var us = At("INF", "USA", "2019-08-02");
        Assert.Equal(TreatyStatus.Withdrawn, us.Status);
        Assert.Null(us.NoticeGiven);
        var ru = At("INF", "RUS", "2019-09-01");
        Assert.Equal(TreatyStatus.Terminated, ru.Status);
        Assert.Equal("2019-08-02", ru.Since?.ToString());
    }

    [Fact]
    public void The_USSR_signed_ABM_and_Russia_holds_its_seat_after_1991()
    {
        var soviet = At("ABM", "RUS", "1980-01-01");
        Assert.Equal(TreatyStatus.InForce, soviet.Status);
        Assert.Equal("SUN", soviet.Party);
        Assert.Equal("RUS", At("ABM", "SUN", "1995-01-01").Party);
        Assert.Equal(TreatyStatus.SignedNotRatified, At("ABM", "USA", "1972-06-01").Status);
        Assert.Equal(TreatyStatus.NeverJoined, At("ABM", "USA", "1972-05-25").Status);
    }

    [Fact]
    public void A_notice_without_a_recorded_effective_date_takes_effect_after_the_notice_period()
    {
        var data = TreatyKnowledgeBaseTests.NewKb("""
            treaty: TEST
            name: Test Treaty
            kind: treaty
            duration: unknown
            withdrawal_notice: P6M [S1]
            parties: USA RUS
            parties_complete: yes
            event: 2000-01-01 sign USA RUS [S1]
            event: 2000-01-01 enter_into_force * [S1]
            event: 2010-03-15 withdraw_notified RUS [S1]
            """);
        var rules = new TreatyLifecycle(TreatyKnowledgeBase.Load(data));
        var pending = rules.StatusAsOf("TEST", "RUS", new DateOnly(2010, 9, 14));
        Assert.Equal(TreatyStatus.InForce, pending.Status);
        Assert.Equal("2010-09-15", pending.NoticeEffective?.ToString());
        Assert.Equal(TreatyStatus.Withdrawn, rules.StatusAsOf("TEST", "RUS", new DateOnly(2010, 9, 15)).Status);
        Assert.Equal(TreatyStatus.Terminated, rules.StatusAsOf("TEST", "USA", new DateOnly(2011, 1, 1)).Status);
    }

    [Fact]
    public void Russia_revoking_its_CTBT_ratification_leaves_it_a_signatory()
    {
        Assert.Equal(TreatyStatus.SignedNotRatified, At("CTBT", "USA", "2024-01-01").Status);
        Assert.Equal(TreatyStatus.RatifiedNotInForce, At("CTBT", "RUS", "2010-01-01").Status);
        Assert.Equal(TreatyStatus.SignedNotRatified, At("CTBT", "RUS", "2023-11-02").Status);
    }

    [Fact]
    public void New_START_was_suspended_by_Russia_in_2023_and_expired_in_2026()
    {
        Assert.Equal(TreatyStatus.InForce, At("NEW-START", "RUS", "2023-02-27").Status);
        Assert.Equal(TreatyStatus.Suspended, At("NEW-START", "RUS", "2023-02-28").Status);
        Assert.Equal(TreatyStatus.InForce, At("NEW-START", "USA", "2025-01-01").Status);
        Assert.Equal(TreatyStatus.Expired, At("NEW-START", "USA", "2026-02-05").Status);
    }

    [Fact]
    public void Parties_outside_a_closed_list_never_joined_and_outside_an_open_list_are_unknown()
    {
        Assert.Equal(TreatyStatus.NeverJoined, At("INF", "FRA", "2000-01-01").Status);
        Assert.Equal(TreatyStatus.Unknown, At("NPT", "FRA", "2000-01-01").Status);
        Assert.Equal(TreatyStatus.Withdrawn, At("NPT", "PRK", "2003-04-10").Status);
        Assert.Equal(TreatyStatus.Unknown, At("NPT", "PRK", "2003-02-01").Status);
    }

    [Fact]
    public void The_board_lists_each_agreement_by_party_with_the_holder_of_the_date()
    {
        var board = Rules.Board(new DateOnly(2021, 12, 31));
        Assert.Contains(board, s => s is { Treaty: "OPEN-SKIES", Party: "RUS", Status: TreatyStatus.Withdrawn });
        Assert.Contains(board, s => s is { Treaty: "OPEN-SKIES", Party: "USA", Status: TreatyStatus.Withdrawn });
        Assert.Contains(board, s => s is { Treaty: "NEW-START", Party: "RUS", Status: TreatyStatus.InForce });
        Assert.DoesNotContain(board, s => s.Party == "SUN");
    }
}
