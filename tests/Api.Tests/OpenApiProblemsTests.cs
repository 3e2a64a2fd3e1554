using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

public sealed class OpenApiProblemsTests(SharedApi api)
{
    [Theory]
    [InlineData("/api/v1/pages", "400")]
    [InlineData("/api/v1/pages", "429")]
    [InlineData("/api/v1/pages", "503")]
    [InlineData("/api/v1/pages/{key}", "404")]
    [InlineData("/api/v1/plans/{id}/activities", "404")]
    public async Task The_openapi_document_tells_which_problems_an_endpoint_can_answer(string path, string status)
    {
        var document = await api.Client.GetJsonAsync("/openapi/v1.json");

        var operation = document.GetProperty("paths").EnumerateObject().Single(p => p.Name.TrimEnd('/') == path).Value.GetProperty("get");
        var response = operation.GetProperty("responses").GetProperty(status);
        Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{path} {status} is not documented as problem+json");
    }
}
