using VbeKnowledge.Content.Model;

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
        ReviewKind.PlanRevision => $"plan revision: the plan is revised yearly ({Page.Plan?.Revised ?? Page.Plan?.Period}); check whether the board has adopted a newer plan",
        _ => $"page review: reviewed {Page.Reviewed:yyyy-MM-dd}, every {Page.ReviewIntervalMonths} months",
    };

    public string When => IsOverdue ? $"overdue by {-DaysLeft} days" : DaysLeft == 0 ? "due today" : $"due in {DaysLeft} days";
}
