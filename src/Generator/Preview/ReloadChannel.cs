using System.Threading.Channels;

namespace VbeKnowledge.Generator.Preview;

/// <summary>The open browser tabs, each listening on Server-Sent Events; every build result goes to all of them.</summary>
public sealed class ReloadChannel
{
    private readonly Lock _lock = new();
    private readonly List<Channel<PreviewState>> _listeners = [];

    public ChannelReader<PreviewState> Subscribe(CancellationToken until)
    {
        var channel = Channel.CreateUnbounded<PreviewState>();
        lock (_lock) _listeners.Add(channel);
        until.Register(() => { lock (_lock) _listeners.Remove(channel); channel.Writer.TryComplete(); });
        return channel.Reader;
    }

    public int Count { get { lock (_lock) return _listeners.Count; } }

    public void Publish(PreviewState state)
    {
        lock (_lock)
            foreach (var listener in _listeners) listener.Writer.TryWrite(state);
    }
}
