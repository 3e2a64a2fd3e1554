namespace VbeKnowledge.Api.Endpoints;

/// <summary>
/// Search over the content, once the lunr index and query engine in src/Content/Search exist (another engineer
/// is writing them). Deliberately maps nothing yet: /api/v1/search answers 404 until then.
/// </summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder group) => group.WithTags("Sök");
}
