using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using VbeKnowledge.Api.Hosting;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

/// <summary>
/// Cache hits on the socket's I/O thread, everything else on the thread pool (Hosting/InlineIo.cs). The published API
/// runs as its own process, as in production: the runtime's socket setting is process-wide and read once, so the test
/// process, which opens sockets of its own, cannot hold it. Which thread did the work is read from /proc.
/// </summary>
public sealed class InlineIoTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Cached_answers_are_served_on_the_socket_threads_when_inline_io_is_on(bool inline)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Per-thread CPU time is read from /proc.");
        var cancellation = TestContext.Current.CancellationToken;
        using var content = new FixtureContent();
        var port = FreePort();
        using var api = Process.Start(new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "VbeKnowledge.Api"))
        {
            ArgumentList =
            {
                "--urls", $"http://127.0.0.1:{port}", "--Content:Path", content.Root, "--Site:BaseUrl", ApiFactory.SiteBaseUrl,
                "--RateLimit:PermitLimit", "1000000", "--Server:InlineIo", inline ? "true" : "false",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = api.StandardOutput.ReadToEndAsync(cancellation);
        var errors = api.StandardError.ReadToEndAsync(cancellation);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await Http.EventuallyAsync(async () =>
            {
                try { return (await client.GetAsync("/health/ready", cancellation)).StatusCode == HttpStatusCode.OK; }
                catch (HttpRequestException) { return false; }
            }, "the API is ready", seconds: 60);
            (await client.GetFromCacheAsync("/api/v1/pages/vid-oro")).Dispose();

            var before = CpuTicksByThreadKind(api.Id);
            await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                for (var i = 0; i < 1500; i++)
                {
                    using var response = await client.GetAsync("/api/v1/pages/vid-oro", cancellation);
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    await response.Content.CopyToAsync(Stream.Null, cancellation);
                }
            }));
            var after = CpuTicksByThreadKind(api.Id);

            var sockets = after.GetValueOrDefault(".NET Sockets") - before.GetValueOrDefault(".NET Sockets");
            var pool = after.GetValueOrDefault(".NET TP Worker") - before.GetValueOrDefault(".NET TP Worker");
            var seen = $"CPU ticks over 12,000 cached requests: socket threads {sockets}, thread-pool workers {pool}";
            TestContext.Current.TestOutputHelper?.WriteLine(seen);
            if (inline) Assert.True(sockets >= 10 && sockets > 3 * pool, seen);
            else Assert.True(pool > sockets, seen);
        }
        finally
        {
            if (!api.HasExited) api.Kill(entireProcessTree: true);
            await api.WaitForExitAsync(CancellationToken.None);
        }
        await Task.WhenAll(output, errors);
    }

    [Fact]
    public async Task What_the_cache_does_not_answer_leaves_an_io_thread_for_the_thread_pool()
    {
        bool? onThreadPool = null;
        var middleware = new OffIoThreadMiddleware(_ =>
        {
            onThreadPool = Thread.CurrentThread.IsThreadPoolThread;
            return Task.CompletedTask;
        });
        Task? invocation = null;
        // A thread of its own, like the runtime's socket threads: not a thread-pool thread.
        var ioThread = new Thread(() => invocation = middleware.InvokeAsync(new DefaultHttpContext()));
        ioThread.Start();
        ioThread.Join();
        await invocation!;
        Assert.True(onThreadPool);
    }

    [Fact]
    public async Task On_the_thread_pool_already_the_request_goes_on_without_a_hop()
    {
        await Task.Run(() =>
        {
            var thread = Environment.CurrentManagedThreadId;
            int? ranOn = null;
            var invocation = new OffIoThreadMiddleware(_ =>
            {
                ranOn = Environment.CurrentManagedThreadId;
                return Task.CompletedTask;
            }).InvokeAsync(new DefaultHttpContext());
            Assert.True(invocation.IsCompletedSuccessfully);
            Assert.Equal(thread, ranOn);
        }, TestContext.Current.CancellationToken);
    }

    /// <summary>User plus system CPU ticks of the process's threads, summed by thread name (/proc/PID/task/TID).</summary>
    private static Dictionary<string, long> CpuTicksByThreadKind(int pid)
    {
        var ticks = new Dictionary<string, long>();
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n');
                // Fields after the command's closing parenthesis: state is field 3, utime 14 and stime 15.
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks[name] = ticks.GetValueOrDefault(name) + long.Parse(fields[11]) + long.Parse(fields[12]);
            }
            catch (IOException)
            {
                // The thread ended while we looked.
            }
        }
        return ticks;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
