using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Detente.Core.Pipeline;

/// <summary>
/// Runs a CPU-bound function over a stream on several threads and yields the results in input order.
/// At most <c>capacity</c> items are in flight, so memory stays flat whatever the length of the stream.
/// </summary>
public static class OrderedParallel
{
    /// <summary>Applies <paramref name="work"/> to every item of <paramref name="source"/> with <paramref name="degree"/> workers.</summary>
    /// <param name="source">The items, read lazily.</param>
    /// <param name="work">The function; it runs on worker threads and must be thread-safe.</param>
    /// <param name="degree">Number of worker threads (1 runs everything in order on one worker).</param>
    /// <param name="capacity">Most items read ahead of the one being yielded.</param>
    /// <param name="cancellationToken">Stops reading and working.</param>
    public static async IAsyncEnumerable<TOut> SelectAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        Func<TIn, TOut> work,
        int degree,
        int capacity,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var jobs = Channel.CreateBounded<(TIn Item, TaskCompletionSource<TOut> Result)>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var order = Channel.CreateBounded<TaskCompletionSource<TOut>>(new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = true });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in source.WithCancellation(token).ConfigureAwait(false))
                    {
                        var tcs = new TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously);
                        await order.Writer.WriteAsync(tcs, token).ConfigureAwait(false);
                        await jobs.Writer.WriteAsync((item, tcs), token).ConfigureAwait(false);
                    }

                    order.Writer.TryComplete();
                    jobs.Writer.TryComplete();
                }
                catch (Exception ex)
                {
                    order.Writer.TryComplete(ex);
                    jobs.Writer.TryComplete(ex);
                }
            },
            token);

        var workers = Enumerable.Range(0, degree).Select(_ => Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var (item, tcs) in jobs.Reader.ReadAllAsync(token).ConfigureAwait(false))
                    {
                        try
                        {
                            tcs.TrySetResult(work(item));
                        }
                        catch (Exception ex)
                        {
                            tcs.TrySetException(ex);
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                    // Cancelled: the consumer sees it through the order channel.
                }
                catch (ChannelClosedException)
                {
                    // The producer failed: the consumer sees its exception through the order channel.
                }
            },
            token)).ToArray();

        try
        {
            await foreach (var tcs in order.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                yield return await tcs.Task.ConfigureAwait(false);
            }
        }
        finally
        {
            await linked.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll([producer, .. workers]).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Expected when the consumer stops early.
            }
        }
    }
}
