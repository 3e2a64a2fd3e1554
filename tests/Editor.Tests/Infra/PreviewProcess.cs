using System.Diagnostics;

namespace VbeKnowledge.Editor.Tests.Infra;

/// <summary>The real <c>serve</c> command running on a free port, with an HTTP client for it; stopped (by its own pid) on dispose.</summary>
public sealed class PreviewProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private PreviewProcess(Process process, Uri address)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }
    public string Output { get { lock (_output) return string.Join("\n", _output); } }

    public static async Task<PreviewProcess> StartAsync(string contentDir)
    {
        var process = Process.Start(Vbe.StartInfo("serve", "--content", contentDir, "--port", "0", "--today", "2026-11-25"))!;
        var output = new List<string>();
        var address = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.Add(e.Data);
            if (e.Data.StartsWith("Förhandsvisning: ", StringComparison.Ordinal)) address.TrySetResult(new Uri(e.Data.Split(' ')[1]));
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = await Task.WhenAny(address.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        if (started != address.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("serve did not print its address in 60 s:\n" + string.Join("\n", output));
        }
        var preview = new PreviewProcess(process, address.Task.Result);
        lock (output) preview._output.AddRange(output);
        return preview;
    }

    /// <summary>Opens the reload channel the injected script listens on; returns once the server has registered it.</summary>
    public async Task<EventStream> OpenEventsAsync()
    {
        var response = await Http.GetAsync("__vbe/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        await stream.WaitForCommentAsync("connected");
        return stream;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}

/// <summary>One Server-Sent Events stream, read event by event.</summary>
public sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public async Task WaitForCommentAsync(string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
            if (line == ": " + text) return;
        throw new EndOfStreamException("The event stream ended before ': " + text + "'.");
    }

    /// <summary>The next event (name and data), or a timeout failure.</summary>
    public async Task<(string Event, string Data)> NextAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
        string? name = null, data = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
            else if (line.Length == 0 && name is not null) return (name, data ?? "");
        }
        throw new EndOfStreamException("The event stream ended.");
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
