namespace Detente.Nlp.Treaties;

/// <summary>A run of letters or digits inside a token; phrases are matched piece by piece so that tokenisation of hyphens does not matter.</summary>
/// <param name="Text">The characters.</param>
/// <param name="Token">Document-level index of the token it comes from.</param>
/// <param name="StartsToken">True for the token's first piece.</param>
/// <param name="EndsToken">True for the token's last piece.</param>
internal readonly record struct Piece(string Text, int Token, bool StartsToken, bool EndsToken)
{
    /// <summary>Splits text into pieces (used for phrases read from data files).</summary>
    public static List<string> Split(string text)
    {
        if (IsWord(text))
        {
            return [text];
        }

        var list = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                list.Add(text[start..i]);
                start = -1;
            }
        }

        return list;
    }

    /// <summary>True when the text is one run of letters or digits.</summary>
    public static bool IsWord(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the text holds at least one letter.</summary>
    public static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The pieces of tokens [<paramref name="first"/>, <paramref name="end"/>) of <paramref name="forms"/>.</summary>
    public static List<Piece> Of(IReadOnlyList<string> forms, int first, int end)
    {
        var list = new List<Piece>((end - first) * 5 / 4);
        for (int t = first; t < end; t++)
        {
            if (IsWord(forms[t]))
            {
                list.Add(new Piece(forms[t], t, true, true));
                continue;
            }

            var parts = Split(forms[t]);
            for (int k = 0; k < parts.Count; k++)
            {
                list.Add(new Piece(parts[k], t, k == 0, k == parts.Count - 1));
            }
        }

        return list;
    }
}
