using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace VbeKnowledge.Api.Problems;

/// <summary>The API's ProblemDetails (RFC 9457), with Swedish titles and details a caller can act on.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult PageNotFound(string id) => NotFound("Sidan finns inte", $"Ingen sida med id '{id}'.");

    public static ProblemHttpResult PlanNotFound(string id) => NotFound("Handlingsplanen finns inte", $"Ingen handlingsplan med id '{id}'.");

    /// <summary>A ProblemHttpResult rather than NotFound&lt;ProblemDetails&gt;: only it is written as application/problem+json.</summary>
    private static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = title, Detail = detail });

    public static ProblemDetails ContentUnavailable() => new()
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = "Innehållet är inte tillgängligt",
        Detail = "Innehållet kunde inte läsas in. Felen visas på /health/ready.",
    };

    public static ProblemDetails QueryTooLong(int length, int limit) => new()
    {
        Status = StatusCodes.Status414UriTooLong,
        Title = "Adressen är för lång",
        Detail = $"Frågesträngen får vara högst {limit} tecken lång; den var {length} tecken.",
    };

    public static ProblemDetails TooManyRequests(int? retryAfterSeconds) => new()
    {
        Status = StatusCodes.Status429TooManyRequests,
        Title = "För många anrop",
        Detail = retryAfterSeconds is { } seconds
            ? $"Du har gjort för många anrop på kort tid. Försök igen om {seconds} sekunder."
            : "Du har gjort för många anrop på kort tid. Försök igen om en stund.",
    };

    /// <summary>Titles and details for answers the framework makes itself (unknown routes, wrong methods, crashes).</summary>
    public static void Translate(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var request = context.HttpContext.Request;
        var (title, detail) = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ("Felaktig begäran", "Begäran kunde inte tolkas."),
            StatusCodes.Status404NotFound => ("Hittades inte", $"Det finns ingenting på '{request.Path}'. Se /openapi/v1.json för API:ets adresser."),
            StatusCodes.Status405MethodNotAllowed => ("Metoden stöds inte", $"API:et går bara att läsa: {request.Method} stöds inte på '{request.Path}'. Använd GET."),
            StatusCodes.Status413PayloadTooLarge => ("Begäran är för stor", "API:et tar inte emot innehåll i begäran."),
            StatusCodes.Status431RequestHeaderFieldsTooLarge => ("Rubrikerna är för stora", "Begärans rubriker är för stora."),
            StatusCodes.Status500InternalServerError => ("Ett oväntat fel inträffade", "Något gick fel hos oss. Försök igen om en stund."),
            _ => ((string?)null, (string?)null),
        };
        // Our own problems already speak Swedish; only the framework's English defaults are replaced.
        if (title is not null && (problem.Title is null || IsFrameworkDefault(problem))) problem.Title = title;
        if (detail is not null && (problem.Detail is null || IsFrameworkDefault(problem))) problem.Detail = detail;
    }

    private static bool IsFrameworkDefault(ProblemDetails problem) =>
        problem.Title is "Bad Request" or "Not Found" or "Method Not Allowed" or "Payload Too Large" or "Request Header Fields Too Large"
            or "An error occurred while processing your request.";
}
