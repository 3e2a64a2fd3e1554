using VbeKnowledge.Api.Problems;
using Microsoft.AspNetCore.Mvc;

namespace VbeKnowledge.Api.Security;

/// <summary>Refuses query strings over 2 KB with 414 ProblemDetails: no filter of ours needs that much.</summary>
public sealed class QueryLengthLimitMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    /// <summary>Characters of <c>?…</c>, the question mark included.</summary>
    public const int MaxQueryLength = 2048;

    /// <summary>
    /// Kestrel's limit on the request line (method, path, query, version), set far above <see cref="MaxQueryLength"/>
    /// so that our limit answers first. A request line longer than this never reaches the app: Kestrel answers
    /// 414 itself, without a body. Its default, 8 KB, is where callers used to get that plain answer.
    /// </summary>
    public const int MaxRequestLineSize = 32 * 1024;

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
