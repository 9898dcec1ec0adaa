using System.Security.Cryptography;
using System.Text.Json;

namespace Detente.Cli.Hosting;

/// <summary>Describes the program and model versions of a run, for the run record.</summary>
internal static class RunVersions
{
    /// <summary>JSON with the program version and a short hash of each model file under data/models.</summary>
    public static string Describe(string dataDirectory)
    {
        var models = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var dir = Path.Combine(dataDirectory, "models");
        if (Directory.Exists(dir))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                using var stream = File.OpenRead(file);
                models[Path.GetRelativePath(dir, file)] = Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
            }
        }

        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["program"] = typeof(RunVersions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            ["models"] = models,
        });
    }
}
