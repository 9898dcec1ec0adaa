using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Detente.Storage;
using Detente.Storage.Sqlite;
using Detente.Tests.Common;

namespace Detente.Server.Tests;

/// <summary>The dashboard in real headless Chromium, driven over the DevTools protocol.</summary>
public sealed class DashboardBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [SkippableFact]
    public async Task Clicking_an_event_in_the_timeline_view_shows_the_article_with_the_evidence_highlighted()
    {
        Skip.IfNot(File.Exists(Chromium), "chromium is not installed (test.sh installs it)");
        var path = Path.Combine(TestPaths.NewTempDir(), "dash.db");
        await using (var store = await SqliteStore.OpenAsync(path))
        {
            await store.InitializeAsync();
            var run = await store.BeginRunAsync(new RunRecord("p", "{}", "test"));
            await store.StoreAsync(ApiTests.Sample("a1", "Before. Gondor accused Arnor of lying about the harvest.", "2019-02-02", 3, -2.0), [], run);
        }

        await using var app = DetenteServer.Build(new ServerOptions { Urls = "http://127.0.0.1:0", OpenStore = async _ => await SqliteStore.OpenAsync(path) });
        await app.StartAsync();
        var url = app.Urls.First() + "/";
        var profile = TestPaths.NewTempDir();
        using var browser = Process.Start(new ProcessStartInfo(Chromium)
        {
            ArgumentList =
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank",
            },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        try
        {
            var port = await DevToolsPortAsync(profile);
            using var http = new HttpClient();
            var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
            var page = targets.First(t => (string?)t!["type"] == "page")!;
            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None);
            var cdp = new DevTools(socket);
            await cdp.SendAsync("Page.navigate", new JsonObject { ["url"] = url });
            await cdp.WaitForAsync("document.readyState === 'complete' && !!document.getElementById('dyad-form')");
            await cdp.EvaluateAsync("document.getElementById('dyad-a').value = 'GON'; document.getElementById('dyad-b').value = 'ARN'; document.querySelector('#dyad-form button').click()");
            await cdp.WaitForAsync("document.querySelectorAll('#events-body tr').length > 0");
            await cdp.EvaluateAsync("document.querySelector('#events-body tr').click()");
            await cdp.WaitForAsync("!!document.querySelector('#article-text mark')");
            Assert.Equal("Before. Gondor accused Arnor of lying about the harvest.", await cdp.EvaluateAsync("document.querySelector('#article-text mark').textContent"));
            Assert.Contains("rule-a1", await cdp.EvaluateAsync("document.getElementById('article-rule').textContent"), StringComparison.Ordinal);
            Assert.Equal("false", await cdp.EvaluateAsync("String(document.getElementById('article').hidden)"));
            Assert.Equal("1", await cdp.EvaluateAsync("String(document.querySelectorAll('#chart rect').length)"));
        }
        finally
        {
            browser.Kill(entireProcessTree: true);
            await browser.WaitForExitAsync();
        }
    }

    private static async Task<int> DevToolsPortAsync(string profile)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        for (int i = 0; i < 300; i++)
        {
            if (File.Exists(file) && (await File.ReadAllLinesAsync(file)) is [var first, ..] && int.TryParse(first, System.Globalization.CultureInfo.InvariantCulture, out var port))
            {
                return port;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("chromium did not open its DevTools port");
    }

    /// <summary>A minimal DevTools protocol client: one command at a time.</summary>
    private sealed class DevTools(ClientWebSocket socket)
    {
        private int _id;

        public async Task<JsonNode?> SendAsync(string method, JsonObject parameters)
        {
            var id = ++_id;
            var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
            var buffer = new byte[1 << 16];
            while (true)
            {
                using var ms = new MemoryStream();
                WebSocketReceiveResult r;
                do
                {
                    r = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    ms.Write(buffer, 0, r.Count);
                }
                while (!r.EndOfMessage);
                var reply = JsonNode.Parse(ms.ToArray())!;
                if ((int?)reply["id"] == id)
                {
                    return reply["error"] is { } error ? throw new InvalidOperationException(error.ToJsonString()) : reply["result"];
                }
            }
        }

        public async Task<string?> EvaluateAsync(string expression)
        {
            var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
            var value = result?["result"]?["value"];
            return value is null ? null : value.GetValueKind() == JsonValueKind.String ? (string?)value : value.ToJsonString();
        }

        public async Task WaitForAsync(string condition)
        {
            for (int i = 0; i < 200; i++)
            {
                if (await EvaluateAsync(condition) == "true")
                {
                    return;
                }

                await Task.Delay(50);
            }

            throw new TimeoutException("the page never satisfied: " + condition);
        }
    }
}
