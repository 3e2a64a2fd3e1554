namespace VbeKnowledge.Api.Hosting;

/// <summary>
/// Sits right inside the output cache: what reaches it is a miss or an uncached resource (rendering, search, health
/// checks, the OpenAPI document), work that must not hold a socket's I/O thread (<see cref="InlineIo"/>). It goes on
/// on the thread pool; on a thread-pool thread already it goes on where it is, without a hop.
/// </summary>
public sealed class OffIoThreadMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        Thread.CurrentThread.IsThreadPoolThread ? next(context) : OnThreadPoolAsync(context);

    private async Task OnThreadPoolAsync(HttpContext context)
    {
        // No synchronization context in ASP.NET Core: the continuation is queued to the thread pool.
        await Task.Yield();
        await next(context);
    }
}
