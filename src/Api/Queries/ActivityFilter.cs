using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Reading;

namespace VbeKnowledge.Api.Queries;

/// <summary>The filters of activity lists: area, responsible (contains) and text (contains, in any field).</summary>
public sealed record ActivityFilter(string? Area, string? Responsible, string? Text)
{
    public static readonly string[] Parameters = ["area", "responsible", "text"];

    public const string Description =
        "Filter: area (förebyggande, förhindrande, kompetenshöjande, föreningsbidrag-och-lokaler), " +
        "responsible (del av ansvarig, utan hänsyn till versaler), text (del av aktivitetens text eller någon av dess kolumner).";

    public static ActivityFilter Read(QueryReader query) =>
        new(query.OneOf("area", Schema.ActivityAreas.Keys), query.Text("responsible"), query.Text("text"));

    public bool Matches(ActivityDto a) =>
        (Area is null || a.Area == Area)
        && (Responsible is null || TextMatch.Contains(a.Responsible, Responsible))
        && (Text is null || new[] { a.Activity, a.Responsible, a.Schedule, a.FollowUp, a.OtherActors, a.Start }.Any(f => TextMatch.Contains(f, Text)));
}
