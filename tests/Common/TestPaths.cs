namespace Detente.Tests.Common;

/// <summary>Finds the repository root, its shipped data, and the optional development data beside it.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding Detente.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The product's shipped data folder.</summary>
    public static string Data => Path.Combine(RepoRoot, "data");

    /// <summary>The shipped example articles.</summary>
    public static string Examples => Path.Combine(RepoRoot, "examples");

    /// <summary>The development data folder (../shared/data), or null when it is not there.</summary>
    public static string? SharedData
    {
        get
        {
            var p = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return Directory.Exists(p) ? p : null;
        }
    }

    /// <summary>A fresh empty temporary folder.</summary>
    public static string NewTempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "detente-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Detente.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Detente.sln not found above " + AppContext.BaseDirectory);
    }
}
