using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Detente.Sources.Web;

namespace Detente.Sources.Watch;

/// <summary>
/// Source states as one JSON file per source in a folder, written to a temporary file and renamed over the old
/// one so a crash never leaves a half-written state. Used until the database store keeps them.
/// </summary>
public sealed class JsonSourceStateStore : ISourceStateStore
{
    private readonly string _directory;

    /// <summary>Creates a store in <paramref name="directory"/> (created when missing).</summary>
    public JsonSourceStateStore(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
    }

    /// <inheritdoc/>
    public SourceState Load(string source)
    {
        var path = PathFor(source);
        if (!File.Exists(path))
        {
            return SourceState.New(source);
        }

        try
        {
            var dto = JsonSerializer.Deserialize<StateDto>(File.ReadAllBytes(path))
                ?? throw new InvalidDataException($"{path}: empty state file");
            var validators = dto.ETag is null && dto.LastModified is null ? null : new Validators(dto.ETag, dto.LastModified);
            return new SourceState(dto.Source, validators, new HashSet<string>(dto.Seen, StringComparer.Ordinal), dto.LastChecked);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: unreadable state of source {source} ({e.Message})", e);
        }
    }

    /// <inheritdoc/>
    public void Save(SourceState state)
    {
        var path = PathFor(state.Source);
        var dto = new StateDto(state.Source, state.Validators?.ETag, state.Validators?.LastModified, [.. state.Seen.Order(StringComparer.Ordinal)], state.LastChecked);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(dto));
        File.Move(temp, path, overwrite: true);
    }

    private string PathFor(string source) =>
        Path.Combine(_directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..24] + ".json");

    private sealed record StateDto(string Source, string? ETag, DateTimeOffset? LastModified, List<string> Seen, DateTimeOffset? LastChecked);
}
