namespace Detente.Cli.Hosting;

/// <summary>Finds the shipped data folder and the default database location.</summary>
internal static class DataLocator
{
    /// <summary>
    /// DETENTE_DATA when set; else a data/ folder beside the executable; else the data/ folder of the
    /// repository the executable was built in.
    /// </summary>
    public static string FindDataDirectory()
    {
        var env = Environment.GetEnvironmentVariable("DETENTE_DATA");
        if (!string.IsNullOrEmpty(env))
        {
            return Path.GetFullPath(env);
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return Path.Combine(AppContext.BaseDirectory, "data");
    }

    /// <summary>DETENTE_DB when set, else $XDG_DATA_HOME/detente/detente.db (~/.local/share/detente/detente.db).</summary>
    public static string DefaultDatabase()
    {
        var env = Environment.GetEnvironmentVariable("DETENTE_DB");
        if (!string.IsNullOrEmpty(env))
        {
            return Path.GetFullPath(env);
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var root = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdg;
        return Path.Combine(root, "detente", "detente.db");
    }
}
