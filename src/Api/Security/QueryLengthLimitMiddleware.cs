using VbeKnowledge.Api.Problems;
using Microsoft.AspNetCore.Mvc;

namespace VbeKnowledge.Api.Security;

/// <summary>Refuses query strings over 2 KB with 414 ProblemDetails: no filter of ours needs that much.</summary>
public sealed class QueryLengthLimitMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public const int MaxQueryLength = 2048;

    public async Task InvokeAsync(HttpContext context)
    {
        var length = context.Request.QueryString.Value?.Length ?? 0;
        if (length <= MaxQueryLength)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status414UriTooLong;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ApiProblems.QueryTooLong(length, MaxQueryLength),
        });
    }
}
