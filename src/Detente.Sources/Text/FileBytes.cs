namespace Detente.Sources.Text;

/// <summary>Reads a whole file within the size limit, turning I/O problems into messages.</summary>
public static class FileBytes
{
    /// <summary>The file's bytes, or an error that names the problem.</summary>
    public static async Task<(byte[]? Data, string? Error)> ReadAsync(string path, ReadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, "no such file");
            }

            if (info.Length > options.MaxFileBytes)
            {
                return (null, $"file too large ({info.Length} bytes; the limit is {options.MaxFileBytes})");
            }

            return (await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot read: " + ex.Message);
        }
    }
}
