using VbeKnowledge.Api.Problems;

namespace VbeKnowledge.Api.Snapshots;

/// <summary>Answers 503 ProblemDetails while no content has loaded, so a broken first load is never a 500.</summary>
public sealed class ContentAvailableFilter(SnapshotStore store) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        store.Served is null
            ? ValueTask.FromResult<object?>(TypedResults.Problem(ApiProblems.ContentUnavailable()))
            : next(context);
}
