using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Tests.Syntax.Tck;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Syntax;

/// <summary>
/// Whatever the input, the parser either returns a tree or throws a positioned compile-time SyntaxError: never another
/// exception (index out of range, null reference…). Checked on every prefix and on single-character deletions of
/// a sample of the TCK's queries, which exercises nearly every "unexpected end" and "unexpected token" path.
/// </summary>
public sealed class ParserRobustnessTests
{
    public static TheoryData<int> Slices()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < 4; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Slices))]
    public void Truncated_and_damaged_queries_fail_only_with_positioned_syntax_errors(int slice)
    {
        var failures = new List<string>();
        // A fixed sample (every 20th distinct query of up to 300 characters; the cost is quadratic in the length)
        // keeps the run short; each slice is a quarter of the sample.
        var queries = TckQueryCorpus.Queries.Select(q => q.Text).Where(q => q.Length <= 300).Distinct()
            .Where((_, i) => i % 40 == slice * 10 || i % 40 == (slice * 10) + 5)
            .ToList();
        queries.Should().NotBeEmpty();
        foreach (var query in queries)
        {
            for (var length = 0; length < query.Length; length++)
            {
                Check(query[..length], failures);
                Check(query.Remove(length, 1), failures);
            }
        }

        failures.Should().BeEmpty();
    }

    private static void Check(string text, List<string> failures)
    {
        try
        {
            CypherParser.ParseScript(text);
        }
        catch (CypherException e) when (e.Kind == CypherErrorKind.SyntaxError && e.Position is { } position)
        {
            if (position.Offset < 0 || position.Offset > text.Length || position.Line < 1 || position.Column < 1)
            {
                failures.Add($"bad position {position} for: {text}");
            }
        }
        catch (Exception e)
        {
            failures.Add($"{e.GetType().Name}: {e.Message} for: {text}");
        }
    }
}
