using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Syntax.Tck;

/// <summary>
/// Every query in the openCypher TCK must parse, unless its scenario expects a SyntaxError the parser is responsible
/// for (see <see cref="TckQueryCorpus.ParserDetails"/>), in which case parsing must fail with exactly that detail.
/// Queries whose scenario expects a semantic SyntaxError (e.g. UndefinedVariable) are only required not to crash.
/// </summary>
public sealed class TckQueryParsingTests
{
    public static TheoryData<string> QueryNames()
    {
        var data = new TheoryData<string>();
        foreach (var query in TckQueryCorpus.Queries)
        {
            data.Add(query.Name);
        }

        return data;
    }

    [Fact]
    public void Corpus_is_found_and_not_empty()
    {
        TckQueryCorpus.Queries.Should().HaveCountGreaterThan(1000);
    }

    [Theory]
    [MemberData(nameof(QueryNames))]
    public void Tck_query_parses_or_fails_with_the_expected_detail(string name)
    {
        var query = TckQueryCorpus.Queries.First(q => q.Name == name);
        var act = () => CypherParser.ParseStatement(query.Text);
        if (query.ExpectedSyntaxError is { } detail && TckQueryCorpus.ParserDetails.Contains(detail))
        {
            act.Should().Throw<CypherException>()
                .Where(e => e.Detail == detail && e.Kind == CypherErrorKind.SyntaxError && e.Phase == CypherErrorPhase.CompileTime,
                    $"the TCK expects {detail} for:\n{query.Text}");
        }
        else if (query.ExpectedSyntaxError is null)
        {
            act.Should().NotThrow($"the TCK expects this to parse:\n{query.Text}");
        }
        else
        {
            // A semantic error is expected later: parsing may succeed or fail, but only with a SyntaxError.
            try
            {
                act();
            }
            catch (CypherException e)
            {
                e.Kind.Should().Be(CypherErrorKind.SyntaxError);
            }
        }
    }

    public static TheoryData<string> NamedGraphScripts()
    {
        var graphs = Path.Combine(Path.GetDirectoryName(TckQueryCorpus.FeaturesDirectory().TrimEnd('/', '\\'))!, "graphs");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(graphs, "*.cypher", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(graphs, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NamedGraphScripts))]
    public void Tck_named_graph_scripts_parse(string relativePath)
    {
        var graphs = Path.Combine(Path.GetDirectoryName(TckQueryCorpus.FeaturesDirectory().TrimEnd('/', '\\'))!, "graphs");
        var script = CypherParser.ParseScript(File.ReadAllText(Path.Combine(graphs, relativePath)), relativePath);
        script.Statements.Should().NotBeEmpty();
        script.Statements.Should().AllBeOfType<SingleQuery>();
    }

    public static TheoryData<string> QueriesWithResultColumns()
    {
        var data = new TheoryData<string>();
        foreach (var query in TckQueryCorpus.Queries)
        {
            if (query.ResultColumns is not null && query.ExpectedSyntaxError is null && FinalReturn(query) is { IncludeExisting: false })
            {
                data.Add(query.Name);
            }
        }

        return data;
    }

    /// <summary>Unaliased columns are named by their exact source text, as the TCK's result headers show.</summary>
    [Theory]
    [MemberData(nameof(QueriesWithResultColumns))]
    public void Tck_result_columns_are_the_projection_names(string name)
    {
        var query = TckQueryCorpus.Queries.First(q => q.Name == name);
        FinalReturn(query)!.Items.Select(i => i.Name).Should().Equal(query.ResultColumns!, $"for:\n{query.Text}");
    }

    private static ProjectionBody? FinalReturn(TckQuery query)
    {
        var statement = CypherParser.ParseStatement(query.Text);
        var single = statement switch
        {
            SingleQuery s => s,
            UnionQuery u => u.Queries[0],
            _ => null,
        };
        return single?.Clauses[^1] is ReturnClause ret ? ret.Body : null;
    }
}
