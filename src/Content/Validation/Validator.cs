using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Reading;

namespace VbeKnowledge.Content.Validation;

/// <summary>Checks across pages that no single file can check alone: ids, references, step order, review dates.</summary>
public static class Validator
{
    public static void Check(IReadOnlyList<Page> pages, string contentRoot, DateOnly today, DiagnosticBag diagnostics)
    {
        var ids = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in pages.OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            if (ids.TryGetValue(page.Id, out var first))
                diagnostics.Add(DiagnosticCatalog.DuplicateId(SourcePosition.StartOf(page.DisplayPath), page.Id, first.DisplayPath));
            else ids[page.Id] = page;
        }

        foreach (var page in pages.Where(p => !p.IsBroken))   // a broken page has its own errors already
        {
            CheckIds(page, "related", page.Related, ids, diagnostics);
            if (page.Introduction is { } intro) CheckIds(page, "links", intro.Links, ids, diagnostics);
            if (page.Symbol?.Image is { } image)
            {
                var folder = Path.GetDirectoryName(page.SourcePath) ?? "";
                var combined = Markdown.SiteUrls.Combine(folder.Replace('\\', '/'), image);
                if (combined is null || !File.Exists(Path.Combine(contentRoot, combined)))
                    diagnostics.Add(DiagnosticCatalog.BrokenImage(PositionOf(page, "image"), image));
            }
            if (page.NextReview < today)
                diagnostics.Add(DiagnosticCatalog.ReviewOverdue(PositionOf(page, "reviewed"), page.NextReview));
        }
        CheckIntroductionSteps(pages, diagnostics);
        AliasCheck.Check(pages, diagnostics);
    }

    private static void CheckIds(Page page, string key, IReadOnlyList<string> values, Dictionary<string, Page> ids, DiagnosticBag diagnostics)
    {
        foreach (var id in values)
            if (!ids.ContainsKey(id))
                diagnostics.Add(DiagnosticCatalog.UnknownPageId(PositionOf(page, key), key, id, Suggestions.Closest(id, ids.Keys)));
    }

    private static void CheckIntroductionSteps(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var steps = pages.Where(p => p.Introduction is not null && !p.IsBroken).OrderBy(p => p.Introduction!.Step).ThenBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i].Introduction!.Step;
            if (step == i + 1) continue;
            var problem = i > 0 && steps[i - 1].Introduction!.Step == step ? "används två gånger" : $"borde vara {i + 1} (stegen numreras utan luckor)";
            diagnostics.Add(DiagnosticCatalog.IntroductionStepOrder(PositionOf(steps[i], "step"), step, problem));
            break;
        }
    }

    private static SourcePosition PositionOf(Page page, string key) =>
        page.Positions.TryGetValue(key, out var at) ? at : SourcePosition.StartOf(page.DisplayPath);
}
