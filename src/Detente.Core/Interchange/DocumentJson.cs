using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Detente.Core.Model;

namespace Detente.Core.Interchange;

/// <summary>
/// Writes a document as one JSON object of the stable machine interface (the JSONL contract):
/// id, title, text, reference_date, date_source, sentences, mentions, times, events, quotes, treaty_actions.
/// Fields may be added; existing ones are never renamed. Layers not produced are empty arrays.
/// </summary>
public static class DocumentJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The document as a single-line JSON string.</summary>
    public static string ToJson(Document document, bool includeTokens = false)
    {
        var buffer = new ArrayBufferWriter<byte>(document.Text.Length * 2 + 1024);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(w, document, includeTokens);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the document object to <paramref name="w"/>.</summary>
    public static void Write(Utf8JsonWriter w, Document document, bool includeTokens = false)
    {
        var a = document.Article;
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("title", a.Title);
        w.WriteString("text", a.Text);
        w.WriteString("reference_date", document.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("date_source", document.DateSource.ToString().ToLowerInvariant());
        w.WriteNumber("date_confidence", Math.Round(document.DateConfidence, 3));
        w.WriteString("date_precision", document.DatePrecision);
        if (a.Url is not null)
        {
            w.WriteString("url", a.Url);
        }

        w.WriteString("content_hash", a.ContentHash);
        if (a.DuplicateOf is not null)
        {
            w.WriteString("duplicate_of", a.DuplicateOf);
        }

        w.WriteStartArray("sentences");
        foreach (var s in document.Sentences)
        {
            w.WriteStartObject();
            WriteRange(w, s.Range);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("boilerplate");
        foreach (var b in document.Boilerplate)
        {
            w.WriteStartObject();
            WriteRange(w, b);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("mentions");
        foreach (var m in document.Mentions)
        {
            w.WriteStartObject();
            WriteRange(w, m.Range);
            w.WriteString("text", m.Text);
            w.WriteString("type", m.Type.ToString().ToLowerInvariant());
            w.WritePropertyName("actor");
            WriteActor(w, m.Actor, null);
            if (m.Antecedent is { } ante)
            {
                w.WriteNumber("antecedent", ante);
            }

            w.WriteString("rule", m.Rule);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("times");
        foreach (var t in document.Times)
        {
            w.WriteStartObject();
            WriteRange(w, t.Range);
            w.WriteString("text", t.Text);
            w.WriteString("type", t.Type.ToString().ToUpperInvariant());
            w.WriteString("value", t.Value);
            w.WriteString("rule", t.Rule);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in document.Events)
        {
            WriteEvent(w, e);
        }

        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in document.Quotes)
        {
            w.WriteStartObject();
            WriteRange(w, q.Content);
            w.WriteString("text", q.Text);
            w.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
            w.WritePropertyName("speaker");
            if (q.Speaker is { } sp)
            {
                w.WriteStartObject();
                WriteRange(w, sp.Range);
                w.WriteString("text", sp.Text);
                w.WritePropertyName("actor");
                WriteActor(w, sp.Actor, null);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WritePropertyName("cue");
            if (q.Cue is { } cue)
            {
                w.WriteStartObject();
                WriteRange(w, cue);
                w.WriteString("text", cue.Of(document.Text));
                w.WriteEndObject();
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteString("medium", q.Medium);
            w.WriteString("date", q.Date);
            w.WriteString("rule", q.Rule);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("treaty_actions");
        foreach (var t in document.TreatyActions)
        {
            w.WriteStartObject();
            w.WriteString("treaty", t.Treaty);
            w.WritePropertyName("party");
            WriteActorRef(w, t.Party);
            w.WriteString("action", t.Action);
            w.WriteString("date", t.Date);
            WriteRange(w, t.Evidence);
            w.WriteString("status", t.Status);
            w.WriteString("modality", t.Modality.ToString().ToLowerInvariant());
            w.WriteString("rule", t.Rule);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        if (includeTokens)
        {
            WriteTokens(w, document);
        }

        w.WriteEndObject();
    }

    /// <summary>One event as a single-line JSON object, exactly as it appears in a document's "events".</summary>
    public static string EventJson(PoliticalEvent e)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteEvent(w, e);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes one event object.</summary>
    public static void WriteEvent(Utf8JsonWriter w, PoliticalEvent e)
    {
        w.WriteStartObject();
        w.WritePropertyName("source");
        WriteActorRef(w, e.Source);
        w.WritePropertyName("target");
        WriteActorRef(w, e.Target);
        w.WriteString("cameo", e.Cameo);
        w.WriteString("plover", e.Plover);
        w.WriteString("mode", e.Mode);
        w.WriteNumber("quad", e.Quad);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
        w.WriteString("date", e.Date);
        w.WriteNumber("sentence", e.Sentence);
        WriteRange(w, e.Evidence);
        w.WriteString("rule", e.Rule);
        w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
        w.WriteString("fusion_key", e.FusionKey);
        w.WriteEndObject();
    }

    private static void WriteTokens(Utf8JsonWriter w, Document document)
    {
        w.WriteStartArray("tokens");
        foreach (var t in document.Tokens)
        {
            w.WriteStartObject();
            WriteRange(w, t.Range);
            w.WriteString("form", t.Form);
            w.WriteString("upos", t.Upos);
            w.WriteString("xpos", t.Xpos);
            w.WriteString("lemma", t.Lemma);
            w.WriteNumber("head", t.Head);
            w.WriteString("rel", t.Relation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteRange(Utf8JsonWriter w, TextRange r)
    {
        w.WriteNumber("start", r.Start);
        w.WriteNumber("end", r.End);
    }

    private static void WriteActorRef(Utf8JsonWriter w, ActorRef? r)
    {
        if (r is null)
        {
            w.WriteNullValue();
            return;
        }

        WriteActor(w, r.Actor, r);
    }

    private static void WriteActor(Utf8JsonWriter w, Actor? actor, ActorRef? reference)
    {
        if (actor is null && reference is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        if (reference is not null)
        {
            w.WriteString("text", reference.Text);
            w.WriteNumber("start", reference.Range.Start);
            w.WriteNumber("end", reference.Range.End);
        }

        w.WriteString("id", actor?.Id);
        w.WriteString("name", actor?.Name);
        w.WriteString("country", actor?.Country);
        w.WriteString("sector", actor?.Sector);
        w.WriteString("role", actor?.Role);
        w.WriteString("code", actor?.Code);
        w.WriteEndObject();
    }
}
