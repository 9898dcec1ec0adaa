using Detente.Sources.Feeds;
using Detente.Sources.Web;

namespace Detente.Sources.Watch;

/// <summary>
/// Polls watched sources — feed URLs, page URLs and folders — and hands on what is new since the last poll, in
/// source order. An item is remembered as done only after the handler has returned true for it, and the state is
/// saved atomically after every item, so stopping at any moment loses nothing and a restart repeats at most the
/// item in flight (which the store's content hash then finds already stored). A feed's validators (ETag,
/// Last-Modified) are saved only once every new item of that version is done, so a 304 never hides an item left
/// over; an item whose page failed is tried again next time.
/// </summary>
public sealed class SourceWatcher
{
    private readonly WebSource _web;
    private readonly InputReader _files;
    private readonly ISourceStateStore _states;
    private readonly ReadOptions _options;
    private readonly TimeProvider _clock;

    /// <summary>Creates a watcher reading URLs through <paramref name="web"/> and files through <paramref name="files"/>.</summary>
    public SourceWatcher(WebSource web, InputReader files, ISourceStateStore states, ReadOptions options, TimeProvider? clock = null)
    {
        _web = web;
        _files = files;
        _states = states;
        _options = options;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>
    /// Polls <paramref name="source"/> once. <paramref name="handle"/> gets every new article and every item problem,
    /// and returns true when the item is done with (stored, skipped, or failed for good) and must not come again.
    /// A problem with the source itself is handed on too, as an item naming the source.
    /// </summary>
    public async Task<WatchPass> PollAsync(string source, Func<SourceItem, CancellationToken, Task<bool>> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var state = _states.Load(source);
        if (InputReader.IsUrl(source))
        {
            return await PollUrlAsync(state, handle, cancellationToken).ConfigureAwait(false);
        }

        if (Directory.Exists(source))
        {
            return await PollFolderAsync(state, handle, cancellationToken).ConfigureAwait(false);
        }

        var problem = SourceItem.Fail(source, "not an http(s) URL nor an existing folder");
        await handle(problem, cancellationToken).ConfigureAwait(false);
        return new WatchPass(source, false, 1, problem.Error);
    }

    private async Task<WatchPass> PollUrlAsync(SourceState state, Func<SourceItem, CancellationToken, Task<bool>> handle, CancellationToken ct)
    {
        var url = state.Source;
        WebResource resource;
        try
        {
            resource = await _web.ReadAsync(url, state.Validators, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FetchException or FeedFormatException or InvalidDataException)
        {
            var problem = SourceItem.Fail(url, e);
            await handle(problem, ct).ConfigureAwait(false);
            _states.Save(state with { LastChecked = _clock.GetUtcNow() });
            return new WatchPass(url, false, 1, problem.Error);
        }

        var validators = resource.Fetch.Validators.IsEmpty ? null : resource.Fetch.Validators;
        if (resource.NotModified)
        {
            _states.Save(state with { LastChecked = _clock.GetUtcNow() });
            return new WatchPass(url, true, 0, null);
        }

        if (resource.Article is { } article)
        {
            bool done = await handle(SourceItem.Ok(url, article), ct).ConfigureAwait(false);
            _states.Save(state with { Validators = done ? validators : state.Validators, LastChecked = _clock.GetUtcNow() });
            return new WatchPass(url, false, 1, null);
        }

        var seen = new HashSet<string>(state.Seen, StringComparer.Ordinal);
        var fresh = resource.Feed!.Items.Where(i => !seen.Contains(i.Id)).ToList();
        bool allDone = true;
        foreach (var item in fresh)
        {
            var read = await _web.ReadFeedItemAsync(item, url, ct).ConfigureAwait(false);
            if (await handle(read, ct).ConfigureAwait(false))
            {
                seen.Add(item.Id);
                _states.Save(state with { Seen = new HashSet<string>(seen, StringComparer.Ordinal) });
            }
            else
            {
                allDone = false;
            }
        }

        _states.Save(new SourceState(url, allDone ? validators : state.Validators, seen, _clock.GetUtcNow()));
        return new WatchPass(url, fresh.Count == 0, fresh.Count, null);
    }

    private async Task<WatchPass> PollFolderAsync(SourceState state, Func<SourceItem, CancellationToken, Task<bool>> handle, CancellationToken ct)
    {
        var detector = new FolderChangeDetector([.. _files.Extensions.Select(e => "*" + e)]);
        var (changed, prints) = detector.Scan(state);
        var seen = new HashSet<string>(state.Seen, StringComparer.Ordinal);
        int items = 0;
        for (int i = 0; i < changed.Count; i++)
        {
            if (!_files.Accepts(changed[i]))
            {
                continue; // "*.gz" also matches files no reader takes
            }

            bool done = true;
            await foreach (var item in _files.ReadAsync([changed[i]], _options, TextReader.Null, ct).ConfigureAwait(false))
            {
                items++;
                done &= await handle(item, ct).ConfigureAwait(false);
            }

            if (done)
            {
                seen.Add(prints[i]);
                _states.Save(state with { Seen = new HashSet<string>(seen, StringComparer.Ordinal) });
            }
        }

        _states.Save(state with { Seen = seen, LastChecked = _clock.GetUtcNow() });
        return new WatchPass(state.Source, changed.Count == 0, items, null);
    }
}
