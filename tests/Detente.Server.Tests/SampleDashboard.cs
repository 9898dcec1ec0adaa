using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Detente.Core.Model;
using Detente.Knowledge.Treaties;
using Detente.Nlp;
using Detente.Sources;
using Detente.Storage;
using Detente.Storage.Sqlite;
using Detente.Tests.Common;
using Microsoft.AspNetCore.Builder;

namespace Detente.Server.Tests;

/// <summary>
/// The three sample articles analysed by the real pipeline into a SQLite store, served with the treaty knowledge
/// base, and one headless Chromium page driven over the DevTools protocol; shared by the dashboard tests.
/// </summary>
public sealed class SampleDashboard : IAsyncLifetime
{
    /// <summary>Debian's Chromium, which test.sh installs.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private WebApplication? _app;
    private Process? _browser;
    private ClientWebSocket? _socket;

    /// <summary>True when Chromium is installed (the tests skip otherwise).</summary>
    public static bool Available => File.Exists(Chromium);

    /// <summary>The dashboard's address.</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>An HTTP client for the API of the same server.</summary>
    public HttpClient Api { get; } = new();

    /// <summary>The browser page.</summary>
    internal DevToolsPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        var path = Path.Combine(TestPaths.NewTempDir(), "samples.db");
        var pipeline = new PipelineFactory(TestPaths.Data).Create();
        await using (var store = await SqliteStore.OpenAsync(path))
        {
            await store.InitializeAsync();
            var run = await store.BeginRunAsync(new RunRecord(pipeline.Description, "{}", "test"));
            await foreach (var item in InputReader.CreateDefault().ReadAsync([TestPaths.Examples], new ReadOptions(), TextReader.Null, CancellationToken.None))
            {
                var result = pipeline.Run(new Document(item.Article ?? throw new InvalidOperationException("unreadable sample " + item)));
                await store.StoreAsync(result.Document, result.Failures, run);
            }
        }

        _app = DetenteServer.Build(new ServerOptions
        {
            Urls = "http://127.0.0.1:0",
            OpenStore = async _ => await SqliteStore.OpenAsync(path),
            Treaties = new TreatyLifecycle(TreatyKnowledgeBase.Load(TestPaths.Data)),
        });
        await _app.StartAsync();
        Url = _app.Urls.First() + "/";
        Api.BaseAddress = new Uri(Url);

        var profile = TestPaths.NewTempDir();
        _browser = Process.Start(new ProcessStartInfo(Chromium)
        {
            ArgumentList =
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=1280,900", "about:blank",
            },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var port = await DevToolsPortAsync(profile);
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
        var page = targets.First(t => (string?)t!["type"] == "page")!;
        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None);
        Page = new DevToolsPage(_socket);
    }

    public async Task DisposeAsync()
    {
        _socket?.Dispose();
        if (_browser is not null)
        {
            _browser.Kill(entireProcessTree: true);
            await _browser.WaitForExitAsync();
            _browser.Dispose();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Api.Dispose();
    }

    private static async Task<int> DevToolsPortAsync(string profile)
    {
        var file = Path.Combine(profile, "DevToolsActivePort");
        for (int i = 0; i < 600; i++)
        {
            if (File.Exists(file) && (await File.ReadAllLinesAsync(file)) is [var first, ..] && int.TryParse(first, CultureInfo.InvariantCulture, out var port))
            {
                return port;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("chromium did not open its DevTools port");
    }
}
