namespace GraphExplorer.GraphQL.Language;

/// <summary>
/// A depth-first visitor over executable documents: each Visit method walks the node's children; override one to
/// act on a node kind (call the base method to keep descending). Stateless itself; subclasses define their own contract.
/// </summary>
public abstract class SyntaxWalker
{
    public virtual void VisitDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation: VisitOperation(operation); break;
                case FragmentDefinitionNode fragment: VisitFragmentDefinition(fragment); break;
            }
        }
    }

    public virtual void VisitOperation(OperationDefinitionNode node)
    {
        foreach (var variable in node.VariableDefinitions)
        {
            VisitVariableDefinition(variable);
        }

        VisitDirectives(node.Directives);
        VisitSelectionSet(node.SelectionSet);
    }

    public virtual void VisitFragmentDefinition(FragmentDefinitionNode node)
    {
        VisitDirectives(node.Directives);
        VisitSelectionSet(node.SelectionSet);
    }

    public virtual void VisitVariableDefinition(VariableDefinitionNode node)
    {
        if (node.DefaultValue is not null)
        {
            VisitValue(node.DefaultValue);
        }

        VisitDirectives(node.Directives);
    }

    public virtual void VisitSelectionSet(SelectionSetNode node)
    {
        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field: VisitField(field); break;
                case FragmentSpreadNode spread: VisitFragmentSpread(spread); break;
                case InlineFragmentNode inline: VisitInlineFragment(inline); break;
            }
        }
    }

    public virtual void VisitField(FieldNode node)
    {
        foreach (var argument in node.Arguments)
        {
            VisitArgument(argument);
        }

        VisitDirectives(node.Directives);
        if (node.SelectionSet is not null)
        {
            VisitSelectionSet(node.SelectionSet);
        }
    }

    public virtual void VisitFragmentSpread(FragmentSpreadNode node) => VisitDirectives(node.Directives);

    public virtual void VisitInlineFragment(InlineFragmentNode node)
    {
        VisitDirectives(node.Directives);
        VisitSelectionSet(node.SelectionSet);
    }

    public virtual void VisitDirective(DirectiveNode node)
    {
        foreach (var argument in node.Arguments)
        {
            VisitArgument(argument);
        }
    }

    public virtual void VisitArgument(ArgumentNode node) => VisitValue(node.Value);

    public virtual void VisitValue(ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                VisitVariable(variable);
                break;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    VisitValue(item);
                }

                break;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    VisitValue(field.Value);
                }

                break;
        }
    }

    public virtual void VisitVariable(VariableNode node)
    {
    }

    private void VisitDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            VisitDirective(directive);
        }
    }
}
