using System.Threading.Channels;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Application.Ledger;

/// <summary>
/// The append API for events that are a state change of their own (a sign-in, a sign-out, a failed sign-in): callers
/// from many threads are committed together in one transaction (group commit) and each call returns once its event is
/// durably committed. A state change that also changes other records records its event through
/// <see cref="EventRecorder"/> inside its own transaction instead.
/// </summary>
public sealed class LedgerAppender : IAsyncDisposable
{
    /// <summary>Most events committed in one transaction.</summary>
    public const int MaxGroup = 1024;

    private readonly IServiceScopeFactory _scopes;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public LedgerAppender(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Appends an event; completes with its database id once committed.</summary>
    public Task<long> AppendAsync(
        LedgerEventType type, Actor actor, string subject, object details, IReadOnlyList<string>? references = null, CancellationToken cancellationToken = default)
    {
        var pending = new Pending(type, actor, subject, details, references, new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);

        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var group = new List<Pending>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var item))
            {
                group.Add(item);
            }

            var staged = new List<(Pending Pending, Storage.Entities.LedgerEventRecord Record)>(group.Count);
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
                var recorder = scope.ServiceProvider.GetRequiredService<EventRecorder>();
                foreach (var pending in group)
                {
                    try
                    {
                        staged.Add((pending, recorder.Record(db, pending.Type, pending.Actor, pending.Subject, pending.Details, pending.References)));
                    }
                    catch (ArgumentException ex)
                    {
                        // A malformed event fails alone; the rest of the group commits.
                        pending.Completion.TrySetException(ex);
                    }
                }

                await db.SaveChangesAsync();

                foreach (var (pending, record) in staged)
                {
                    pending.Completion.TrySetResult(record.Id);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Every caller of the group learns of the failure, including those whose event was never staged
                // (a failure before staging must not leave them waiting forever).
                foreach (var pending in group)
                {
                    pending.Completion.TrySetException(ex);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private sealed record Pending(
        LedgerEventType Type, Actor Actor, string Subject, object Details, IReadOnlyList<string>? References, TaskCompletionSource<long> Completion);
}
