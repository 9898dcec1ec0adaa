using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Detente.Server.Tests;

/// <summary>A minimal Chrome DevTools protocol client for one page: one command at a time.</summary>
internal sealed class DevToolsPage(ClientWebSocket socket)
{
    private int _id;

    /// <summary>Sends a command and returns its result; throws on a protocol error.</summary>
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

    /// <summary>Evaluates a JavaScript expression in the page; strings come back as they are, other values as JSON.</summary>
    public async Task<string?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        var value = result?["result"]?["value"];
        return value is null ? null : value.GetValueKind() == JsonValueKind.String ? (string?)value : value.ToJsonString();
    }

    /// <summary>Waits (up to 30 s, the machine may be busy) until a JavaScript condition holds.</summary>
    public async Task WaitForAsync(string condition)
    {
        for (int i = 0; i < 600; i++)
        {
            if (await EvaluateAsync(condition) == "true")
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the page never satisfied: " + condition);
    }

    /// <summary>Opens <paramref name="url"/> and waits until the dashboard's first requests have been answered.</summary>
    public async Task OpenDashboardAsync(string url)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await WaitForAsync("document.readyState === 'complete' && !!document.getElementById('dyad-form') && document.querySelectorAll('#actors-list li').length > 0");
    }

    /// <summary>A PNG of the whole page at <paramref name="width"/> CSS pixels wide.</summary>
    public async Task<byte[]> ScreenshotAsync(int width)
    {
        var height = int.Parse(await EvaluateAsync("String(document.documentElement.scrollHeight)") ?? "1000", CultureInfo.InvariantCulture);
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        return Convert.FromBase64String((string)shot!["data"]!);
    }
}
