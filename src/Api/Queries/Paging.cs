using VbeKnowledge.Content.Json;

namespace VbeKnowledge.Api.Queries;

/// <summary>The <c>limit</c> and <c>offset</c> of a paged list.</summary>
public readonly record struct Paging(int Limit, int Offset)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public static readonly string[] Parameters = ["limit", "offset"];

    public static Paging Read(QueryReader query) => new(
        query.Int("limit", DefaultLimit, 1, MaxLimit),
        query.Int("offset", 0, 0, int.MaxValue));

    public PagedDto<T> Apply<T>(IReadOnlyList<T> all) => new([.. all.Skip(Offset).Take(Limit)], all.Count, Limit, Offset);
}
