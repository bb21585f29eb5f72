using System.Collections;
using GraphExplorer.Cypher.Syntax;
using GraphExplorer.Cypher.Syntax.Ast;
using GraphExplorer.Cypher.Tests.Syntax.Tck;
using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Tests.Syntax;

/// <summary>
/// Every node of every tree parsed from the TCK's queries has a non-empty span that lies inside its parent's, whose
/// line and column agree with its offset, and whose text starts and ends on a token (never inside whitespace).
/// </summary>
public sealed class SpanInvariantTests
{
    [Fact]
    public void Every_node_span_is_nested_non_empty_and_consistent_with_the_text()
    {
        var problems = new List<string>();
        var checkedNodes = 0;
        foreach (var query in TckQueryCorpus.Queries.DistinctBy(q => q.Text))
        {
            Statement statement;
            try
            {
                statement = CypherParser.ParseStatement(query.Text);
            }
            catch (CypherException)
            {
                continue;
            }

            var lineStarts = LineStarts(query.Text);
            Walk(statement, null, query, lineStarts, problems, ref checkedNodes);
        }

        checkedNodes.Should().BeGreaterThan(50_000);
        problems.Take(20).Should().BeEmpty();
    }

    private static void Walk(SyntaxNode node, SyntaxNode? parent, TckQuery query, List<int> lineStarts, List<string> problems, ref int count)
    {
        count++;
        var span = node.Span;
        var text = query.Text;
        var where = $"{node.GetType().Name} {span.Start}..{span.End} in {query.Name}";
        if (span.Start < 0 || span.End > text.Length || span.Start >= span.End)
        {
            problems.Add("empty or out of range: " + where);
            return;
        }

        if (parent is not null && (span.Start < parent.Span.Start || span.End > parent.Span.End))
        {
            problems.Add($"outside its parent {parent.GetType().Name} {parent.Span.Start}..{parent.Span.End}: {where}");
        }

        var line = lineStarts.FindLastIndex(s => s <= span.Start);
        if (span.Line != line + 1 || span.Column != span.Start - lineStarts[line] + 1)
        {
            problems.Add($"line/column {span} disagree with the offset: {where}");
        }

        if (char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]))
        {
            problems.Add($"starts or ends in whitespace ('{text[span.Start..span.End]}'): {where}");
        }

        foreach (var property in node.GetType().GetProperties())
        {
            if (property.Name == nameof(SyntaxNode.Span) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var value = property.GetValue(node);
            if (value is SyntaxNode child)
            {
                Walk(child, node, query, lineStarts, problems, ref count);
            }
            else if (value is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    if (item is SyntaxNode element)
                    {
                        Walk(element, node, query, lineStarts, problems, ref count);
                    }
                }
            }
        }
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
