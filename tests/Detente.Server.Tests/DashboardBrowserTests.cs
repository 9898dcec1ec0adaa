using System.Text.Json;
using Detente.Tests.Common;

namespace Detente.Server.Tests;

/// <summary>The dashboard on the analysed sample articles, in real headless Chromium.</summary>
public sealed class DashboardBrowserTests(SampleDashboard dashboard) : IClassFixture<SampleDashboard>
{
    private DevToolsPage Page => dashboard.Page;

    private async Task<JsonElement> ItemsAsync(string url) =>
        JsonDocument.Parse(await dashboard.Api.GetStringAsync(url)).RootElement.GetProperty("items").Clone();

    private async Task OpenAsync()
    {
        Skip.IfNot(SampleDashboard.Available, "chromium is not installed (test.sh installs it)");
        await Page.OpenDashboardAsync(dashboard.Url);
    }

    private async Task ShowUsRussiaAndClickTheFirstEventAsync(int events)
    {
        await Page.EvaluateAsync("$('dyad-a').value = 'USA'; $('dyad-b').value = 'RUS'; $('interval').value = 'year'; document.querySelector('#dyad-form button').click()");
        await Page.WaitForAsync($"document.querySelectorAll('#events-body tr').length === {events} && document.querySelectorAll('#chart rect').length > 0");
        await Page.EvaluateAsync("document.querySelector('#events-body tr').click()");
        await Page.WaitForAsync("!!document.querySelector('#article-text mark')");
    }

    [SkippableFact]
    public async Task Clicking_a_US_Russia_event_shows_its_article_with_the_evidence_highlighted_and_the_rule()
    {
        await OpenAsync();
        var expected = await ItemsAsync("/api/events?dyad=USA-RUS&limit=200");
        Assert.True(expected.GetArrayLength() > 0, "the samples hold US-Russia events");
        await ShowUsRussiaAndClickTheFirstEventAsync(expected.GetArrayLength());

        var first = expected[0];
        var sample = await File.ReadAllTextAsync(Path.Combine(TestPaths.Examples, first.GetProperty("article_id").GetString() + ".txt"));
        Assert.Equal(sample, await Page.EvaluateAsync("document.getElementById('article-text').textContent"));
        var mark = await Page.EvaluateAsync("document.querySelector('#article-text mark').textContent");
        int start = first.GetProperty("start").GetInt32(), end = first.GetProperty("end").GetInt32();
        Assert.Equal(sample[start..end], mark);
        Assert.Equal(first.GetProperty("evidence").GetString(), mark);
        Assert.Contains("rule: " + first.GetProperty("rule").GetString(), await Page.EvaluateAsync("document.getElementById('article-rule').textContent"), StringComparison.Ordinal);
        Assert.Equal("false", await Page.EvaluateAsync("String(document.getElementById('article').hidden)"));
    }

    [SkippableFact]
    public async Task The_treaty_board_shows_INF_in_force_in_2018_and_withdrawn_in_2020()
    {
        await OpenAsync();
        async Task<string?> UsStatusOnAsync(string date)
        {
            await Page.EvaluateAsync($"$('as-of').value = '{date}'; document.querySelector('#as-of-form button').click()");
            await Page.WaitForAsync($"document.getElementById('as-of-shown').textContent === '{date}'");
            return await Page.EvaluateAsync("document.querySelector('#treaty-status-body tr[data-treaty=\"INF\"][data-party=\"USA\"] td:nth-child(3)').textContent");
        }

        Assert.Equal("in force", await UsStatusOnAsync("2018-06-01"));
        Assert.Equal("withdrawn", await UsStatusOnAsync("2020-06-01"));
        Assert.Equal("in force", await UsStatusOnAsync("1990-01-01"));
        await Page.WaitForAsync("document.querySelectorAll('#treaties-body tr').length > 0");
        Assert.Contains("INF", await Page.EvaluateAsync("document.getElementById('treaties-body').textContent"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_quote_browser_narrows_to_what_Lavrov_said()
    {
        await OpenAsync();
        var expected = await ItemsAsync("/api/quotes?speaker=Lavrov&limit=100");
        Assert.True(expected.GetArrayLength() > 0, "the samples quote Lavrov");
        await Page.EvaluateAsync("$('speaker').value = 'Lavrov'; $('speaker').dispatchEvent(new Event('change'))");
        await Page.WaitForAsync($"document.querySelectorAll('#quotes-list li').length === {expected.GetArrayLength()}"
            + " && [...document.querySelectorAll('#quotes-list li')].every((li) => li.textContent.startsWith('Sergey Lavrov'))");
        Assert.Contains(expected[0].GetProperty("text").GetString()!, await Page.EvaluateAsync("document.querySelector('#quotes-list li').textContent"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_actor_page_lists_the_actors_newest_events_and_quotes()
    {
        await OpenAsync();
        var expected = await ItemsAsync("/api/events?actor=person:sergey-lavrov&order=newest&limit=20");
        Assert.True(expected.GetArrayLength() > 0, "the samples hold events by Lavrov");
        await Page.EvaluateAsync("[...document.querySelectorAll('#actors-list button')].find((b) => b.textContent.startsWith('Sergey Lavrov')).click()");
        await Page.WaitForAsync("!!document.querySelector('#actor-page h3')");
        Assert.StartsWith("Sergey Lavrov (RUS)", await Page.EvaluateAsync("document.querySelector('#actor-page h3').textContent"), StringComparison.Ordinal);
        var dates = await Page.EvaluateAsync("JSON.stringify([...document.querySelectorAll('#actor-events tr')].map((tr) => tr.cells[0].textContent))");
        Assert.Equal(expected.EnumerateArray().Select(e => e.GetProperty("date").GetString() ?? string.Empty), JsonSerializer.Deserialize<string[]>(dates!)!);
        Assert.NotEqual("0", await Page.EvaluateAsync("String(document.querySelectorAll('#actor-quotes li').length)"));
    }

    [SkippableFact]
    public async Task A_screenshot_of_the_dashboard_on_the_samples_is_a_full_page_png()
    {
        await OpenAsync();
        var expected = await ItemsAsync("/api/events?dyad=USA-RUS&limit=200");
        await ShowUsRussiaAndClickTheFirstEventAsync(expected.GetArrayLength());
        await Page.EvaluateAsync("$('as-of').value = '2020-06-01'; document.querySelector('#as-of-form button').click()");
        await Page.WaitForAsync("document.getElementById('as-of-shown').textContent === '2020-06-01'");
        await Page.EvaluateAsync("[...document.querySelectorAll('#actors-list button')].find((b) => b.textContent.startsWith('Sergey Lavrov')).click()");
        await Page.WaitForAsync("!!document.querySelector('#actor-page h3')");
        await Page.EvaluateAsync("window.scrollTo(0, 0)");
        var png = await Page.ScreenshotAsync(1280);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(1280, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
        var target = Environment.GetEnvironmentVariable("DETENTE_DASHBOARD_SCREENSHOT") is { Length: > 0 } path ? path : Path.Combine(TestPaths.NewTempDir(), "dashboard.png");
        await File.WriteAllBytesAsync(target, png);
    }
}
