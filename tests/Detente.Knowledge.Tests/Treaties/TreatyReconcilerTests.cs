using Detente.Core.Model;
using Detente.Knowledge.Treaties;
using Detente.Tests.Common;

namespace Detente.Knowledge.Tests.Treaties;

public sealed class TreatyReconcilerTests
{
    private static readonly TreatyReconciler Reconciler = new(new TreatyLifecycle(TreatyKnowledgeBase.Load(TestPaths.Data)));

    private static Reconciliation Check(string treaty, string action, string? party, string? date, Modality modality = Modality.Asserted, string? reference = null) =>
        Reconciler.Reconcile(
            treaty,
            action,
            party,
            PartialDate.TryParse(date, out var d) ? d : null,
            modality,
            reference is null ? null : DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("INF", "suspend", "USA", "2019-02")]
    [InlineData("INF", "withdraw", "USA", "2019-08")]
    [InlineData("INF", "suspend", "RUS", "2019-02")]
    [InlineData("ABM", "withdraw", "USA", "2002")]
    [InlineData("ABM", "sign", "SUN", "1972")]
    [InlineData("ABM", "sign", "RUS", "1972")]
    [InlineData("NEW-START", "suspend", "RUS", "2023")]
    [InlineData("CTBT", "deratify", "RUS", "2023-11")]
    public void Actions_that_match_a_recorded_event_are_consistent(string treaty, string action, string party, string date) =>
        Assert.Equal(Reconciliation.Consistent, Check(treaty, action, party, date).Status);

    [Fact]
    public void An_undated_action_takes_the_date_of_the_recorded_event()
    {
        var r = Check("OPEN-SKIES", "withdraw", "USA", null, reference: "2023-07-01");
        Assert.Equal(Reconciliation.Consistent, r.Status);
        Assert.Equal("2020-11-22", r.Date?.ToString());
    }

    [Fact]
    public void A_recorded_event_put_at_another_date_is_a_conflict() =>
        Assert.Equal(Reconciliation.Conflict, Check("ABM", "withdraw", "USA", "2005").Status);

    [Fact]
    public void Suspending_an_agreement_that_has_ended_is_a_conflict()
    {
        var r = Check("INF", "suspend", "RUS", "2020-03");
        Assert.Equal(Reconciliation.Conflict, r.Status);
        Assert.Contains("terminated", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unrecorded_action_the_lifecycle_allows_is_new()
    {
        Assert.Equal(Reconciliation.New, Check("NEW-START", "suspend", "USA", "2024-05").Status);
        Assert.Equal(Reconciliation.New, Check("INF", "accuse_violation", "USA", "2014").Status);
        Assert.Equal(Reconciliation.New, Check("unknown:minsk-agreement", "sign", "RUS", "2015").Status);
    }

    [Fact]
    public void A_denied_action_is_consistent_only_when_nothing_is_recorded()
    {
        Assert.Equal(Reconciliation.Consistent, Check("NEW-START", "withdraw", "RUS", "2023", Modality.Negated).Status);
        Assert.Equal(Reconciliation.Conflict, Check("INF", "withdraw", "USA", "2019", Modality.Negated).Status);
    }
}
