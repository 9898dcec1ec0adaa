using Detente.Core.Model;

namespace Detente.Nlp.Language;

/// <summary>Runs a per-sentence annotation over a document's tokens and returns the annotated copy.</summary>
internal static class SentenceAnnotator
{
    /// <summary>
    /// Calls <paramref name="annotate"/> with each sentence, a copy of each sentence's tokens (which it replaces in place) and a
    /// workspace, and returns the document with the annotated tokens.
    /// </summary>
    public static Document Annotate(Document document, Action<Sentence, Token[], LanguageWorkspace> annotate)
    {
        var tokens = document.Tokens.ToBuilder();
        var workspace = new LanguageWorkspace();
        foreach (var sentence in document.Sentences)
        {
            var slice = new Token[sentence.TokenCount];
            for (int i = 0; i < slice.Length; i++)
            {
                slice[i] = tokens[sentence.FirstToken + i];
            }

            annotate(sentence, slice, workspace);
            for (int i = 0; i < slice.Length; i++)
            {
                tokens[sentence.FirstToken + i] = slice[i];
            }
        }

        return document with { Tokens = tokens.ToImmutable() };
    }
}
