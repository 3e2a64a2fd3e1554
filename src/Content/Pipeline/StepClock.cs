using System.Diagnostics;

namespace VbeKnowledge.Content.Pipeline;

/// <summary>One step of a content load or a build, and its wall time.</summary>
public sealed record PipelineStep(string Name, TimeSpan Elapsed);

/// <summary>Times a content load or a build step by step: each <see cref="Lap"/> closes the step that ran since the last one.</summary>
public sealed class StepClock
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly List<PipelineStep> _steps = [];
    private TimeSpan _last;

    public TimeSpan Elapsed => _total.Elapsed;
    public IReadOnlyList<PipelineStep> Steps => _steps;

    public void Lap(string name)
    {
        var now = _total.Elapsed;
        _steps.Add(new PipelineStep(name, now - _last));
        _last = now;
    }
}
