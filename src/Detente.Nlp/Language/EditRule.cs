using System.Globalization;

namespace Detente.Nlp.Language;

/// <summary>How a lemma is made from a form: optionally lowercase, strip a number of final characters, append a string.</summary>
/// <param name="Lowercase">Lowercase the form first.</param>
/// <param name="Strip">Characters removed from the end.</param>
/// <param name="Append">Characters appended.</param>
public readonly record struct EditRule(bool Lowercase, int Strip, string Append)
{
    /// <summary>Applies the rule to <paramref name="form"/>.</summary>
    public string Apply(string form)
    {
        var f = Lowercase ? form.ToLowerInvariant() : form;
        return string.Concat(f.AsSpan(0, f.Length - Strip), Append);
    }

    /// <summary>The rule turning <paramref name="form"/> into <paramref name="lemma"/> (lowercasing whenever that keeps as much of the form).</summary>
    public static EditRule Between(string form, string lemma)
    {
        int keep = CommonPrefix(form, lemma);
        var lower = form.ToLowerInvariant();
        int low = CommonPrefix(lower, lemma);
        return low >= keep
            ? new EditRule(true, lower.Length - low, lemma[low..])
            : new EditRule(false, form.Length - keep, lemma[keep..]);
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    /// <summary>Text form "L|3|y".</summary>
    public override string ToString() =>
        (Lowercase ? "L" : "K") + "|" + Strip.ToString(CultureInfo.InvariantCulture) + "|" + Append;

    /// <summary>Parses the text form.</summary>
    public static EditRule Parse(string s)
    {
        var parts = s.Split('|', 3);
        return new EditRule(parts[0] == "L", int.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]);
    }
}
