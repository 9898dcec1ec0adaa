namespace Detente.Knowledge.Text;

/// <summary>Small string helpers.</summary>
internal static class StringExtensions
{
    /// <summary>Null for an empty string, the string otherwise.</summary>
    public static string? NullIfEmpty(this string s) => s.Length == 0 ? null : s;
}
