using System.Globalization;

namespace Detente.Cli.Hosting;

/// <summary>
/// Parsed command-line arguments: positional values and --options. "--name value" and "--name=value" both work;
/// an option listed as a flag takes no value. Unknown options are an error that names them.
/// </summary>
internal sealed class CommandArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private CommandArgs(List<string> positional) => Positional = positional;

    /// <summary>Positional arguments in order.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses <paramref name="args"/>; names in <paramref name="flags"/> take no value.</summary>
    /// <exception cref="CliUsageException">An option that needs a value has none.</exception>
    public static CommandArgs Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        var result = new CommandArgs(positional);
        for (int i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                string name = a[2..];
                string? value = null;
                int eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0)
                {
                    value = name[(eq + 1)..];
                    name = name[..eq];
                }
                else if (!flags.Contains(name))
                {
                    if (i + 1 >= args.Count)
                    {
                        throw new CliUsageException($"option --{name} needs a value");
                    }

                    value = args[++i];
                }

                if (!result._options.TryGetValue(name, out var list))
                {
                    result._options[name] = list = [];
                }

                list.Add(value ?? "true");
            }
            else
            {
                positional.Add(a);
            }
        }

        return result;
    }

    /// <summary>True when the flag or option was given.</summary>
    public bool Has(string name)
    {
        _read.Add(name);
        return _options.ContainsKey(name);
    }

    /// <summary>The last value of an option, or null.</summary>
    public string? Get(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var v) ? v[^1] : null;
    }

    /// <summary>Every value of a repeatable option.</summary>
    public IReadOnlyList<string> GetAll(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var v) ? v : [];
    }

    /// <summary>An integer option, with a clear error when it does not parse.</summary>
    public int GetInt(string name, int fallback)
    {
        var s = Get(name);
        if (s is null)
        {
            return fallback;
        }

        return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new CliUsageException($"option --{name} expects a whole number, got '{s}'");
    }

    /// <summary>A date option (YYYY-MM-DD), with a clear error when it does not parse.</summary>
    public DateOnly? GetDate(string name)
    {
        var s = Get(name);
        if (s is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new CliUsageException($"option --{name} expects a date YYYY-MM-DD, got '{s}'");
    }

    /// <summary>Throws when an option was given that the command never asked about.</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException("unknown option " + string.Join(", ", unknown.Select(u => "--" + u)));
        }
    }
}
