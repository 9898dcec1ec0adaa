using System.Text;

namespace Detente.Nlp.Language;

/// <summary>The header every language model file starts with: a magic number, the model kind and a format version.</summary>
public static class ModelFile
{
    private const uint Magic = 0x544E5444; // "DTNT"

    /// <summary>The format version written by this build.</summary>
    public const int Version = 1;

    /// <summary>Opens <paramref name="path"/> for writing and writes the header for <paramref name="kind"/>.</summary>
    public static BinaryWriter Create(string path, string kind)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        var w = new BinaryWriter(File.Create(path), Encoding.UTF8, leaveOpen: false);
        w.Write(Magic);
        w.Write(kind);
        w.Write(Version);
        return w;
    }

    /// <summary>Opens <paramref name="path"/> and checks that its header is a <paramref name="kind"/> model of this version.</summary>
    /// <exception cref="InvalidDataException">The file is not such a model; the message names the file.</exception>
    public static BinaryReader Open(string path, string kind)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"model file {path} not found", path);
        }

        var r = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16), Encoding.UTF8, leaveOpen: false);
        try
        {
            if (r.ReadUInt32() != Magic)
            {
                throw new InvalidDataException($"{path} is not a Detente model file");
            }

            var k = r.ReadString();
            int v = r.ReadInt32();
            if (k != kind)
            {
                throw new InvalidDataException($"{path} holds a {k} model, expected {kind}");
            }

            if (v != Version)
            {
                throw new InvalidDataException($"{path} has model format version {v}; this build reads version {Version}");
            }

            return r;
        }
        catch
        {
            r.Dispose();
            throw;
        }
    }

    /// <summary>Writes a list of strings.</summary>
    public static void WriteStrings(BinaryWriter w, IReadOnlyList<string> items)
    {
        w.Write(items.Count);
        foreach (var s in items)
        {
            w.Write(s);
        }
    }

    /// <summary>Reads a list of strings written by <see cref="WriteStrings"/>.</summary>
    public static string[] ReadStrings(BinaryReader r)
    {
        int n = r.ReadInt32();
        var result = new string[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = r.ReadString();
        }

        return result;
    }
}
