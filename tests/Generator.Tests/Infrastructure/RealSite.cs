using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Tests.Infrastructure;
using VbeKnowledge.Generator.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(RealSite))]

namespace VbeKnowledge.Generator.Tests.Infrastructure;

/// <summary>The real content/ built once for the whole test run, with the snapshot it was built from.</summary>
public sealed class RealSite : IDisposable
{
    private readonly Lazy<BuiltSite> _site = new(() => new BuiltSite(RepoRoot.Content));
    private readonly Lazy<ContentSnapshot> _content = new(() =>
        ContentPipeline.Load(ContentFolder.Open(RepoRoot.Content), new ContentOptions(BuiltSite.Today)).Snapshot!);

    public BuiltSite Site => _site.Value;

    /// <summary>The published pages, read through the shared library independently of the build.</summary>
    public ContentSnapshot Content => _content.Value;

    public void Dispose()
    {
        if (_site.IsValueCreated) _site.Value.Dispose();
    }
}
