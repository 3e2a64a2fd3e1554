using VbeKnowledge.Content.Model;
using VbeKnowledge.Generator.Commands;

namespace VbeKnowledge.Generator.Review;

/// <summary>Why a page is on the review list: its own review date, or the action plan's yearly revision.</summary>
public enum ReviewKind { PageReview, PlanRevision }

/// <summary>One page that is due (or overdue) for review, and by when.</summary>
public sealed record ReviewItem(Page Page, ReviewKind Kind, DateOnly Due, DateOnly Today)
{
    public bool IsOverdue => Due < Today;
    public int DaysLeft => Due.DayNumber - Today.DayNumber;

    public string What => Kind switch
    {
        ReviewKind.PlanRevision => $"revidering av handlingsplanen: planen revideras årligen ({Page.Plan?.Revised ?? Page.Plan?.Period}); kontrollera om nämnden har antagit en nyare plan",
        _ => $"granskning av sidan: granskad {Page.Reviewed:yyyy-MM-dd}, var {Page.ReviewIntervalMonths}:e månad",
    };

    public string When => IsOverdue ? $"{Plural.Count(-DaysLeft, "dag", "dagar")} försenad" : DaysLeft == 0 ? "i dag" : $"om {Plural.Count(DaysLeft, "dag", "dagar")}";
}
