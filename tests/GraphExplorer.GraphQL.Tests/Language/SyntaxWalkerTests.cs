using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Tests.Language;

public sealed class SyntaxWalkerTests
{
    private sealed class Collector : SyntaxWalker
    {
        public List<string> Fields { get; } = [];

        public List<string> Variables { get; } = [];

        public List<string> Directives { get; } = [];

        public override void VisitField(FieldNode node)
        {
            Fields.Add(node.ResponseKey);
            base.VisitField(node);
        }

        public override void VisitVariable(VariableNode node) => Variables.Add(node.Name.Value);

        public override void VisitDirective(DirectiveNode node)
        {
            Directives.Add(node.Name.Value);
            base.VisitDirective(node);
        }
    }

    [Fact]
    public void Visits_fields_variables_and_directives_depth_first_in_document_order()
    {
        var collector = new Collector();
        collector.VisitDocument(Parser.Parse("""
            query Q($a: Int = 1, $b: [Int]) { x: f(arg: {list: [$a, $b]}) { g @include(if: $c) ...F ... on T { h } } }
            fragment F on T { i(v: $d) }
            """));
        collector.Fields.Should().Equal("x", "g", "h", "i");
        collector.Variables.Should().Equal("a", "b", "c", "d");
        collector.Directives.Should().Equal("include");
    }
}
