using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation;

/// <summary>
/// One validation rule (spec §5). The validator walks the document once, calling these hooks with type information
/// kept in the <see cref="ValidationContext"/>. Rules report errors through the context and never throw. A rule
/// instance is used for one document only (rules may keep state between hooks).
/// </summary>
public abstract class ValidationRule
{
    public virtual void EnterDocument(ValidationContext context, DocumentNode node)
    {
    }

    public virtual void LeaveDocument(ValidationContext context, DocumentNode node)
    {
    }

    /// <summary>Any definition, executable or not (called before the specific hooks).</summary>
    public virtual void EnterDefinition(ValidationContext context, DefinitionNode node)
    {
    }

    public virtual void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperation(ValidationContext context, OperationDefinitionNode node)
    {
    }

    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
    }

    /// <summary>A named type reference: variable types and fragment type conditions.</summary>
    public virtual void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
    }

    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
    }

    public virtual void EnterField(ValidationContext context, FieldNode node)
    {
    }

    public virtual void LeaveField(ValidationContext context, FieldNode node)
    {
    }

    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
    }

    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
    }

    /// <summary>Called once per directive list (for per-location checks) before each directive's hook.</summary>
    public virtual void EnterDirectives(ValidationContext context, IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
    }

    public virtual void EnterDirective(ValidationContext context, DirectiveNode node, DirectiveLocation location)
    {
    }

    /// <summary>An argument list of a field or directive (context.FieldDefinition / context.Directive tell which).</summary>
    public virtual void EnterArguments(ValidationContext context, SyntaxNode owner, IReadOnlyList<ArgumentNode> arguments)
    {
    }

    public virtual void EnterArgument(ValidationContext context, ArgumentNode node)
    {
    }

    /// <summary>A value with its expected input type in <see cref="ValidationContext.InputType"/>.</summary>
    public virtual void EnterValue(ValidationContext context, ValueNode node)
    {
    }

    public virtual void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
    }
}
