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

    public static TheoryData<string, string, string, string> Nestings() => new()
    {
        { "RETURN ", "(", "1", ")" },
        { "RETURN ", "[", "1", "]" },
        { "RETURN ", "{a: ", "1", "}" },
        { "RETURN ", "f(", "1", ")" },
        { "RETURN ", "NOT ", "true", string.Empty },
        { "RETURN ", "- ", "1", string.Empty },
        { "RETURN ", "[x IN ", "[1]", " | x]" },
        { "RETURN ", "EXISTS { MATCH (n) WHERE ", "true", " RETURN n }" },
        { "MATCH p = ", "(", "(n)-->(m)", ")" },
        { string.Empty, "CALL { ", "RETURN 1 AS x", " } RETURN x" },
        { string.Empty, "FOREACH (x IN [] | ", "CREATE ()", ")" },
    };

    /// <summary>
    /// Deep nesting is a syntax error, not a stack overflow that would kill the process: reaching the limit fits in a
    /// 1 MiB stack (thread-pool threads get at least that), and moderate nesting parses.
    /// </summary>
    [Theory]
    [MemberData(nameof(Nestings))]
    public void Nesting_beyond_the_limit_is_a_syntax_error_even_on_a_small_stack(string prefix, string open, string middle, string close)
    {
        string Nest(int depth) =>
            prefix + string.Concat(Enumerable.Repeat(open, depth)) + middle + string.Concat(Enumerable.Repeat(close, depth));

        CypherParser.ParseStatement(Nest(20)).Should().NotBeNull();

        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    CypherParser.ParseStatement(Nest(Parser.MaxNesting + 5));
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            1024 * 1024);
        thread.Start();
        thread.Join();
        var error = failure.Should().BeOfType<CypherException>().Subject;
        error.Detail.Should().Be("InvalidSyntax");
        error.Message.Should().Contain("nests more than 200 levels");
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
