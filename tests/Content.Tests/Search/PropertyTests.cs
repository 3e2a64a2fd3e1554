using System.Text.RegularExpressions;
using CsCheck;
using VbeKnowledge.Content.Search;
using Index = VbeKnowledge.Content.Search.Index;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>Random input never breaks tokenizing, building, loading or searching.</summary>
public sealed class PropertyTests
{
    // Letters, Swedish and Greek letters, İ, every kind of separator, syntax characters and surrogates.
    private const string TextChars = "abcdeåäöÅÄÖ İΣσ0129 \t\n\u00A0\u0085\uFEFF\u2013-_.:;,'\"*+~^\\§/\uD83D\uDE42\uD800";
    private const string QueryChars = "abpolisåö İΣ0129 \t-+:~^*\\";

    private static readonly Gen<string> Text = Gen.Char[TextChars].Array[0, 40].Select(a => new string(a));
    private static readonly Gen<string> QueryString = Gen.Char[QueryChars].Array[0, 24].Select(a => new string(a));
    private static readonly Index Small = WorkedExampleTests.Build();

    [Fact]
    public void Random_text_through_tokenizer_and_pipeline_never_throws_and_positions_fit()
    {
        Text.Sample(text =>
        {
            var lower = Tokenizer.ToLowerCase(text);
            foreach (var token in Tokenizer.Tokenize(text))
            {
                Assert.Equal(lower.Substring(token.Start, token.Length), token.Text);
                Assert.DoesNotContain(token.Text, c => Tokenizer.IsSeparator(c));
                _ = SwedishPipeline.Process(token.Text);
                _ = SwedishPipeline.CreateSearchPipeline().Run(token.Text);
            }
        }, iter: 5000);
    }

    [Fact]
    public void Random_query_strings_return_results_or_throw_QueryParseException()
    {
        QueryString.Sample(query =>
        {
            // Keep edit distances small: lunr's fuzzy expansion is exponential in them.
            var bounded = Regex.Replace(query, @"~[0-9]+", m => "~" + (char)('0' + (m.Value[1] - '0') % 3));
            try
            {
                var results = Small.Search(bounded);
                Assert.All(results, r => Assert.False(double.IsNaN(r.Score)));
            }
            catch (QueryParseException)
            {
            }
        }, iter: 5000);
    }

    [Fact]
    public void Any_user_input_made_safe_searches_without_error()
    {
        QueryString.Sample(input => Small.Search(QueryText.FromUserInput(input)), iter: 5000);
    }

    [Fact]
    public void Random_documents_build_an_index_that_loads_back_to_the_same_json()
    {
        Gen.Select(Text, Text, Text).Array[1, 6].Sample(docs =>
        {
            var builder = Builder.CreateDefault();
            for (var i = 0; i < docs.Length; i++)
            {
                var (title, tags, body) = docs[i];
                builder.Add(new SearchDocument(i % 2 == 0 ? i.ToString() : "d" + i, new Dictionary<string, FieldValue>
                {
                    ["title"] = title, ["tags"] = FieldValue.FromList(tags.Split(' ')), ["body"] = body,
                }));
            }
            var json = builder.Build().ToJson();
            Assert.Equal(json, Index.Load(json).ToJson());
        }, iter: 500);
    }
}
