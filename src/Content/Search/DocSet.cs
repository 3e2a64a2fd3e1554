namespace VbeKnowledge.Content.Search;

/// <summary>lunr.Set of doc refs, with its special complete and empty sets (lunr-index.md §6, presence).</summary>
internal abstract class DocSet
{
    public static readonly DocSet Complete = new CompleteSet();
    public static readonly DocSet Empty = new EmptySet();

    public abstract bool Contains(string docRef);

    public abstract DocSet Intersect(DocSet other);

    public abstract DocSet Union(DocSet other);

    public static DocSet Of(string[] docRefs) => new ElementSet(new HashSet<string>(docRefs, StringComparer.Ordinal));

    private sealed class CompleteSet : DocSet
    {
        public override bool Contains(string docRef) => true;

        public override DocSet Intersect(DocSet other) => other;

        public override DocSet Union(DocSet other) => this;
    }

    private sealed class EmptySet : DocSet
    {
        public override bool Contains(string docRef) => false;

        public override DocSet Intersect(DocSet other) => this;

        public override DocSet Union(DocSet other) => other;
    }

    private sealed class ElementSet(HashSet<string> elements) : DocSet
    {
        public override bool Contains(string docRef) => elements.Contains(docRef);

        public override DocSet Intersect(DocSet other)
        {
            if (other == Complete) return this;
            if (other == Empty) return other;
            var result = new HashSet<string>(elements, StringComparer.Ordinal);
            result.IntersectWith(((ElementSet)other).Elements);
            return new ElementSet(result);
        }

        public override DocSet Union(DocSet other)
        {
            if (other == Complete) return Complete;
            if (other == Empty) return this;
            var result = new HashSet<string>(elements, StringComparer.Ordinal);
            result.UnionWith(((ElementSet)other).Elements);
            return new ElementSet(result);
        }

        private HashSet<string> Elements => elements;
    }
}
