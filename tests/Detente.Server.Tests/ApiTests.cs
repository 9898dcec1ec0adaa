using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Detente.Core.Model;
using Detente.Knowledge.Treaties;
using Detente.Storage;
using Detente.Tests.Common;
using Microsoft.AspNetCore.Builder;

namespace Detente.Server.Tests;

/// <summary>Every API route over real HTTP on loopback, with valid and invalid input; each backend derives.</summary>
public abstract class ApiTests : IAsyncLifetime
{
    private const string Token = "s3cret-token";
    private WebApplication? _app;
    private HttpClient? _http;

    /// <summary>Opens the backend's test database (the same one on every call); skips when unavailable.</summary>
    protected abstract Task<IDetenteStore> ConnectAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<HttpClient> StartAsync(bool ingest = false, bool treaties = true)
    {
        await using (var store = await ConnectAsync())
        {
            await store.InitializeAsync();
            var run = await store.BeginRunAsync(new RunRecord("p", "{}", "test"));
            await store.StoreAsync(Sample("a1", "Gondor accused Arnor of lying about the harvest.", "2019-02-02", 3, -2.0), [], run);
            await store.StoreAsync(Sample("a2", "Gondor praised Arnor for the treaty.", "2019-03-05", 1, 3.0), [], run);
        }

        _app = DetenteServer.Build(new ServerOptions
        {
            Urls = "http://127.0.0.1:0",
            OpenStore = _ => ConnectAsync(),
            Ingest = ingest ? CountLinesAsync : null,
            Token = ingest ? Token : null,
            MaxPageSize = 50,
            MaxBodyBytes = 1000,
            Treaties = treaties ? new TreatyLifecycle(TreatyKnowledgeBase.Load(TestPaths.Data)) : null,
        });
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
        return _http;
    }

    private static async Task<int> CountLinesAsync(Stream body, CancellationToken ct)
    {
        using var reader = new StreamReader(body);
        var lines = (await reader.ReadToEndAsync(ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var bad = Array.FindIndex(lines, l => !l.StartsWith('{'));
        return bad < 0 ? lines.Length : throw new FormatException($"line {bad + 1} is not a JSON object");
    }

    internal static Document Sample(string id, string text, string date, int quad, double goldstein)
    {
        var gondor = new Actor("GON", "Gondor", "GON", "GOV", null, "GONGOV");
        var arnor = new Actor("ARN", "Arnor", "ARN", null, null, "ARN");
        var doc = new Document(new Article(id, text, "T " + id, DateOnly.Parse(date, CultureInfo.InvariantCulture)));
        return doc with
        {
            Sentences = [new Sentence(new TextRange(0, text.Length), 0, 0)],
            Mentions = [new Mention(new TextRange(0, 6), "Gondor", MentionType.State, gondor)],
            Events =
            [
                new PoliticalEvent
                {
                    Source = new ActorRef("Gondor", new TextRange(0, 6), gondor),
                    Target = new ActorRef("Arnor", new TextRange(text.IndexOf("Arnor", StringComparison.Ordinal), text.IndexOf("Arnor", StringComparison.Ordinal) + 5), arnor),
                    Cameo = quad == 3 ? "112" : "051", Quad = quad, Goldstein = goldstein, Date = date, Rule = "rule-" + id, Confidence = 0.9,
                    Evidence = new TextRange(0, text.Length), Modality = Modality.Asserted,
                },
            ],
            Quotes = [new Quote { Content = new TextRange(0, 6), Text = "Gondor", Kind = QuoteKind.Partial, Speaker = new QuoteSpeaker(new TextRange(0, 6), "Gondor", gondor) }],
            TreatyActions = [new TreatyAction { Treaty = "pact", Action = "sign", Party = new ActorRef("Gondor", new TextRange(0, 6), gondor), Date = date, Evidence = new TextRange(0, 6) }],
        };
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> ItemsAsync(HttpClient http, string url) =>
        (await JsonAsync(await http.GetAsync(url), HttpStatusCode.OK)).GetProperty("items");

    private static async Task BadAsync(HttpClient http, string url, string mention)
    {
        var error = (await JsonAsync(await http.GetAsync(url), HttpStatusCode.BadRequest)).GetProperty("error").GetString();
        Assert.Contains(mention, error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Articles_are_listed_and_served_one_by_one()
    {
        var http = await StartAsync();
        Assert.Equal(2, (await ItemsAsync(http, "/api/articles")).GetArrayLength());
        Assert.Equal(1, (await ItemsAsync(http, "/api/articles?from=2019-03-01")).GetArrayLength());
        var one = await JsonAsync(await http.GetAsync("/api/articles/a1"), HttpStatusCode.OK);
        Assert.Equal("Gondor accused Arnor of lying about the harvest.", one.GetProperty("text").GetString());
        Assert.Contains("a404", (await JsonAsync(await http.GetAsync("/api/articles/a404"), HttpStatusCode.NotFound)).GetProperty("error").GetString(), StringComparison.Ordinal);
        await BadAsync(http, "/api/articles/" + new string('x', 201), "longer than 200");
        await BadAsync(http, "/api/articles?from=02/03/2019", "'from'");
    }

    [SkippableFact]
    public async Task Events_are_filtered_and_paged_and_bad_filters_are_refused()
    {
        var http = await StartAsync();
        var all = await ItemsAsync(http, "/api/events?dyad=ARN-GON");
        Assert.Equal(2, all.GetArrayLength());
        Assert.Equal("Gondor accused Arnor of lying about the harvest.", all[0].GetProperty("evidence").GetString());
        Assert.Equal("rule-a1", all[0].GetProperty("rule").GetString());
        Assert.Equal(1, (await ItemsAsync(http, "/api/events?code=11")).GetArrayLength());
        Assert.Equal(1, (await ItemsAsync(http, "/api/events?quad=1&actor=GONGOV&modality=asserted")).GetArrayLength());
        Assert.Equal(1, (await ItemsAsync(http, "/api/events?from=2019-03-01&to=2019-12-31")).GetArrayLength());
        Assert.Equal("a2", (await ItemsAsync(http, "/api/events?limit=1&offset=1"))[0].GetProperty("article_id").GetString());
        await BadAsync(http, "/api/events?limit=0", "'limit'");
        await BadAsync(http, "/api/events?limit=51", "from 1 to 50");
        await BadAsync(http, "/api/events?offset=-1", "'offset'");
        await BadAsync(http, "/api/events?quad=7", "'quad'");
        await BadAsync(http, "/api/events?code=abc", "'code'");
        await BadAsync(http, "/api/events?dyad=GON", "'dyad'");
        await BadAsync(http, "/api/events?from=2020-01-01&to=2019-01-01", "after");
        await BadAsync(http, "/api/events?modality=not%20a%20word", "'modality'");
    }

    [SkippableFact]
    public async Task Events_come_newest_first_when_asked_and_an_actor_is_found_by_code_or_name()
    {
        var http = await StartAsync();
        var newest = await ItemsAsync(http, "/api/events?order=newest");
        Assert.Equal(["2019-03-05", "2019-02-02"], newest.EnumerateArray().Select(e => e.GetProperty("date").GetString()));
        Assert.Equal("2019-02-02", (await ItemsAsync(http, "/api/events?order=oldest&limit=1"))[0].GetProperty("date").GetString());
        Assert.Equal("a2", (await ItemsAsync(http, "/api/events?actor=ARN&order=newest&limit=1"))[0].GetProperty("article_id").GetString());
        Assert.Equal(2, (await ItemsAsync(http, "/api/events?actor=gondor")).GetArrayLength());
        Assert.Equal(0, (await ItemsAsync(http, "/api/events?actor=Rohan")).GetArrayLength());
        await BadAsync(http, "/api/events?order=random", "'order'");
        await BadAsync(http, "/api/events?actor=" + new string('a', 201), "'actor' is longer than 200");
    }

    [SkippableFact]
    public async Task Every_listing_refuses_a_page_larger_than_the_limit_and_pages_with_offset()
    {
        var http = await StartAsync();
        foreach (var route in new[] { "/api/articles", "/api/events", "/api/quotes", "/api/actors", "/api/treaties", "/api/search?q=Gondor" })
        {
            var join = route.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            await BadAsync(http, route + join + "limit=51", "'limit' must be a whole number from 1 to 50");
            await BadAsync(http, route + join + "limit=-3", "'limit'");
            await BadAsync(http, route + join + "offset=1.5", "'offset'");
            var page = await JsonAsync(await http.GetAsync(route + join + "limit=1&offset=1"), HttpStatusCode.OK);
            Assert.Equal(1, page.GetProperty("limit").GetInt32());
            Assert.Equal(1, page.GetProperty("offset").GetInt32());
            Assert.True(page.GetProperty("items").GetArrayLength() <= 1, route);
            Assert.Equal(50, (await JsonAsync(await http.GetAsync(route), HttpStatusCode.OK)).GetProperty("limit").GetInt32()); // the default, capped
        }
    }

    [SkippableFact]
    public async Task Treaty_status_is_answered_as_of_a_date_and_bad_dates_or_treaties_are_refused()
    {
        var http = await StartAsync();
        async Task<string?> StatusAsync(string date, string party)
        {
            var board = await JsonAsync(await http.GetAsync("/api/treaties/status?treaty=INF&as_of=" + date), HttpStatusCode.OK);
            Assert.Equal(date, board.GetProperty("as_of").GetString());
            return board.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("party").GetString() == party).GetProperty("status").GetString();
        }

        Assert.Equal("in_force", await StatusAsync("2018-06-01", "USA"));
        Assert.Equal("withdrawn", await StatusAsync("2020-06-01", "USA"));
        Assert.Equal("in_force", await StatusAsync("1990-01-01", "SUN"));
        var all = await JsonAsync(await http.GetAsync("/api/treaties/status?as_of=2020-06-01"), HttpStatusCode.OK);
        Assert.Contains(all.GetProperty("items").EnumerateArray(), i => i.GetProperty("treaty").GetString() == "ABM" && i.GetProperty("status").GetString() == "withdrawn");
        await BadAsync(http, "/api/treaties/status?as_of=2020-13-01", "'as_of' must be a date as YYYY-MM-DD");
        await BadAsync(http, "/api/treaties/status?treaty=Narnia", "'treaty' names no known agreement");
    }

    [SkippableFact]
    public async Task Treaty_status_without_a_knowledge_base_is_not_found()
    {
        var http = await StartAsync(treaties: false);
        var error = (await JsonAsync(await http.GetAsync("/api/treaties/status"), HttpStatusCode.NotFound)).GetProperty("error").GetString();
        Assert.Contains("no treaty knowledge base", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Quotes_actors_and_treaties_are_listed_with_their_filters()
    {
        var http = await StartAsync();
        Assert.Equal(2, (await ItemsAsync(http, "/api/quotes?speaker=Gondor")).GetArrayLength());
        Assert.Equal(0, (await ItemsAsync(http, "/api/quotes?speaker=Rohan")).GetArrayLength());
        Assert.Equal("GON", (await ItemsAsync(http, "/api/actors"))[0].GetProperty("id").GetString());
        Assert.Equal(2, (await ItemsAsync(http, "/api/treaties?treaty=pact")).GetArrayLength());
        await BadAsync(http, "/api/quotes?limit=many", "'limit'");
        await BadAsync(http, "/api/actors?offset=x", "'offset'");
        await BadAsync(http, "/api/treaties?to=yesterday", "'to'");
    }

    [SkippableFact]
    public async Task Dyad_series_is_bucketed_by_the_interval_asked_for()
    {
        var http = await StartAsync();
        var month = await JsonAsync(await http.GetAsync("/api/dyads/gon/arn/series?interval=month"), HttpStatusCode.OK);
        var periods = month.GetProperty("periods");
        Assert.Equal(["2019-02", "2019-03"], periods.EnumerateArray().Select(p => p.GetProperty("period").GetString()));
        Assert.Equal(1, periods[0].GetProperty("verbal_conflict").GetInt32());
        Assert.Equal(3.0, periods[1].GetProperty("goldstein_mean").GetDouble());
        Assert.Equal(2, (await JsonAsync(await http.GetAsync("/api/dyads/GON/ARN/series?interval=day"), HttpStatusCode.OK)).GetProperty("periods").GetArrayLength());
        Assert.Equal(2, (await JsonAsync(await http.GetAsync("/api/dyads/GON/ARN/series?interval=week"), HttpStatusCode.OK)).GetProperty("periods").GetArrayLength());
        await BadAsync(http, "/api/dyads/GON/ARN/series?interval=decade", "'interval'");
        await BadAsync(http, "/api/dyads/GON/A%20B/series", "country 'b'");
    }

    [SkippableFact]
    public async Task Search_finds_articles_by_their_words_and_requires_a_query()
    {
        var http = await StartAsync();
        Assert.Equal("a1", (await ItemsAsync(http, "/api/search?q=harvest"))[0].GetProperty("id").GetString());
        Assert.Equal(0, (await ItemsAsync(http, "/api/search?q=volcano")).GetArrayLength());
        await BadAsync(http, "/api/search", "'q'");
        await BadAsync(http, "/api/search?q=" + new string('w', 201), "longer than 200");
    }

    [SkippableFact]
    public async Task Ingest_is_off_by_default()
    {
        var http = await StartAsync();
        var response = await http.PostAsync("/api/ingest", new StringContent("{}\n"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Ingest_when_enabled_needs_the_token_and_limits_the_body()
    {
        var http = await StartAsync(ingest: true);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("/api/ingest", new StringContent("{}\n"))).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent("{}\n") };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);
        using var right = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent("{\"a\":1}\n{\"b\":2}\n", Encoding.UTF8, "application/x-ndjson") };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Assert.Equal(2, (await JsonAsync(await http.SendAsync(right), HttpStatusCode.OK)).GetProperty("stored").GetInt32());
        using var malformed = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent("{\"a\":1}\nnot json\n") };
        malformed.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Assert.Contains("line 2", (await JsonAsync(await http.SendAsync(malformed), HttpStatusCode.BadRequest)).GetProperty("error").GetString(), StringComparison.Ordinal);
        using var basic = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent("{}\n") };
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(basic)).StatusCode);
        using var big = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(new string('x', 5000)) };
        big.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await http.SendAsync(big)).StatusCode);
    }

    [SkippableFact]
    public async Task The_openapi_document_describes_every_route_and_the_dashboard_is_served()
    {
        var http = await StartAsync();
        var doc = await JsonAsync(await http.GetAsync("/openapi/v1.json"), HttpStatusCode.OK);
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var route in new[] { "/api/articles", "/api/articles/{id}", "/api/events", "/api/quotes", "/api/actors", "/api/treaties", "/api/dyads/{a}/{b}/series", "/api/search", "/api/ingest" })
        {
            Assert.Contains(route, paths);
        }

        var page = await http.GetStringAsync("/");
        Assert.Contains("<title>Detente</title>", page, StringComparison.Ordinal);
        Assert.Contains("function", await http.GetStringAsync("/static/app.js"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/static/missing.js")).StatusCode);
    }
}
