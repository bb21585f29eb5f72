namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>Nodes <c>(:L {k: v})</c>, relationships <c>[:T {k: v}]</c> and paths <c>&lt;(a)-[:T]-&gt;(b)&gt;</c>.</summary>
internal ref partial struct TckValueReader
{
    private ExpectedNode ReadNode()
    {
        Expect('(');
        var labels = new List<string>();
        SkipSpace();
        while (Current == ':')
        {
            position++;
            labels.Add(ReadName("a label"));
            SkipSpace();
        }

        var properties = Current == '{' ? ReadMap() : new Dictionary<string, object?>(StringComparer.Ordinal);
        SkipSpace();
        Expect(')');
        return new ExpectedNode(labels, properties);
    }

    private ExpectedRelationship ReadRelationship()
    {
        Expect('[');
        SkipSpace();
        Expect(':');
        var type = ReadName("a relationship type");
        SkipSpace();
        var properties = Current == '{' ? ReadMap() : new Dictionary<string, object?>(StringComparer.Ordinal);
        SkipSpace();
        Expect(']');
        return new ExpectedRelationship(type, properties);
    }

    private ExpectedPath ReadPath()
    {
        Expect('<');
        SkipSpace();
        var start = ReadNode();
        var hops = new List<ExpectedPathHop>();
        while (true)
        {
            SkipSpace();
            if (Current == '>')
            {
                position++;
                return new ExpectedPath(start, hops);
            }

            bool forward;
            if (Current == '<')
            {
                position++;
                Expect('-');
                var relationship = ReadRelationship();
                Expect('-');
                forward = false;
                SkipSpace();
                hops.Add(new ExpectedPathHop(relationship, forward, ReadNode()));
            }
            else
            {
                Expect('-');
                var relationship = ReadRelationship();
                Expect('-');
                Expect('>');
                forward = true;
                SkipSpace();
                hops.Add(new ExpectedPathHop(relationship, forward, ReadNode()));
            }
        }
    }
}
