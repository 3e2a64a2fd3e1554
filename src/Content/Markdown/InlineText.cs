using System.Text;
using Markdig.Syntax.Inlines;

namespace VbeKnowledge.Content.Markdown;

/// <summary>The visible text of inline Markdown (a heading, a link label), without markup.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null) return "";
        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal: builder.Append(literal.Content.ToString()); break;
            case CodeInline code: builder.Append(code.Content); break;
            case LineBreakInline: builder.Append(' '); break;
            case AutolinkInline auto: builder.Append(auto.Url); break;
            case ContainerInline container:
                foreach (var child in container) Append(child, builder);
                break;
        }
    }
}
