namespace VbeKnowledge.Generator.Commands;

/// <summary>A count with its noun in the singular or plural, as Swedish needs it: "1 sida", "2 sidor".</summary>
public static class Plural
{
    public static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
