namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// A schema that breaks the spec's type system rules (spec §3 "Type Validation"). Carries every problem found, not
/// just the first; each error names the type/field and, for SDL, its line and column.
/// </summary>
public sealed class SchemaValidationException : Exception
{
    internal SchemaValidationException(IReadOnlyList<GraphQLError> errors)
        : base("Invalid schema:\n" + string.Join("\n", errors.Select(e => "  - " + e)))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
