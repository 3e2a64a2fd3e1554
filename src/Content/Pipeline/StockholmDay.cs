namespace VbeKnowledge.Content.Pipeline;

/// <summary>
/// "Today" for the knowledge base is the date in Stockholm, whatever the machine's own time zone: review
/// dates and <c>publish:</c> dates turn at midnight there, for the build, <c>review</c> and the API alike.
/// </summary>
public static class StockholmDay
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    /// <summary>How long until the next midnight in Stockholm (DST never moves midnight there: it changes at 02:00 and 03:00).</summary>
    public static TimeSpan UntilNextMidnight(TimeProvider time)
    {
        var now = time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        var midnight = new DateTimeOffset(local.Date.AddDays(1), Zone.GetUtcOffset(local.Date.AddDays(1)));
        return midnight - now;
    }
}
