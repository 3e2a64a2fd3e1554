using Microsoft.Playwright;
using VbeKnowledge.Browser.Tests.Infrastructure;

namespace VbeKnowledge.Browser.Tests;

/// <summary>Issue 7: the introduction path remembers progress in this browser (localStorage), and only there.</summary>
public sealed class IntroductionPathSpecs(SiteFixture site)
{
    [Fact]
    public Task A_ticked_step_survives_a_reload_and_shows_on_the_path_and_the_start_page() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("introduktion/steg-1-vad-ar-vbe.html");
        var done = s.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Jag har gjort det här steget" });
        await Assertions.Expect(done).Not.ToBeCheckedAsync();
        await done.CheckAsync();

        await s.Page.ReloadAsync();
        await Assertions.Expect(done).ToBeCheckedAsync();
        Assert.Equal("[\"steg-1-vad-ar-vbe\"]", await s.Page.EvaluateAsync<string>("() => localStorage.getItem('vbe-introduktion-v1')"));

        await s.GotoAsync("introduktion/index.html");
        var steps = await s.Page.Locator("[data-step-id]").CountAsync();
        Assert.True(steps > 1, $"The path should have several steps; found {steps}.");
        await Assertions.Expect(s.Page.Locator("[data-intro-progress]")).ToBeVisibleAsync();
        await Assertions.Expect(s.Page.Locator("#intro-progress-label")).ToHaveTextAsync($"Du har gjort 1 av {steps} steg.");
        var bar = s.Page.GetByRole(AriaRole.Progressbar, new() { Name = $"Du har gjort 1 av {steps} steg." });
        Assert.Equal(1, await bar.EvaluateAsync<double>("p => p.value"));
        Assert.Equal(steps, await bar.EvaluateAsync<double>("p => p.max"));
        await Assertions.Expect(s.Page.Locator("[data-step-id='steg-1-vad-ar-vbe'] [data-step-done-badge]")).ToBeVisibleAsync();
        await Assertions.Expect(s.Page.Locator("[data-step-done-badge]:visible")).ToHaveCountAsync(1);

        await s.GotoAsync("index.html");
        var resume = s.Page.Locator("[data-intro-resume]");
        await Assertions.Expect(resume).ToBeVisibleAsync();
        await Assertions.Expect(resume).ToHaveTextAsync($"Du har gjort 1 av {steps} steg – fortsätt med steg 2.");
        // The door leads on to the first step not yet done, not back to the start of the path.
        var door = s.Page.Locator("[data-door=new]");
        await Assertions.Expect(door).ToHaveAttributeAsync("href", "introduktion/steg-2-extremistmiljoer.html");
        await door.ClickAsync();
        await s.Page.WaitForURLAsync("**/introduktion/steg-2-extremistmiljoer.html");
        Assert.Equal("introduktion/steg-2-extremistmiljoer.html", s.CurrentPath);
        await s.GotoAsync("index.html");

        // Unticking takes the step back out again.
        await s.GotoAsync("introduktion/steg-1-vad-ar-vbe.html");
        await done.UncheckAsync();
        await s.GotoAsync("index.html");
        await Assertions.Expect(resume).ToBeHiddenAsync();
        await Assertions.Expect(s.Page.Locator("[data-door=new]")).ToHaveAttributeAsync("href", "introduktion/index.html");
    });

    [Fact]
    public Task With_every_step_done_the_start_page_says_so_and_leads_to_the_path() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("index.html");
        var ids = (await s.Page.Locator("[data-door=new]").GetAttributeAsync("data-intro-door-steps"))!.Split(' ').Where((_, i) => i % 3 == 0).ToList();
        Assert.True(ids.Count > 1, $"The door should list the steps; found {ids.Count}.");
        await s.Page.EvaluateAsync("ids => localStorage.setItem('vbe-introduktion-v1', JSON.stringify(ids))", ids);

        await s.Page.ReloadAsync();

        await Assertions.Expect(s.Page.Locator("[data-intro-resume]")).ToHaveTextAsync($"Du har gjort alla {ids.Count} steg.");
        await Assertions.Expect(s.Page.Locator("[data-door=new]")).ToHaveAttributeAsync("href", "introduktion/index.html");
    });

    [Fact]
    public Task A_new_reader_sees_no_progress_and_no_resume_hint() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("index.html");
        await Assertions.Expect(s.Page.Locator("[data-intro-resume]")).ToBeHiddenAsync();
        await s.GotoAsync("introduktion/index.html");
        await Assertions.Expect(s.Page.Locator("[data-intro-done]")).ToHaveTextAsync("0");
        await Assertions.Expect(s.Page.Locator("[data-step-done-badge]:visible")).ToHaveCountAsync(0);
    });
}
