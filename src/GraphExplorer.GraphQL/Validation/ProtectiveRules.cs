using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Validation;

/// <summary>Configurable protective rules, separate from the spec's rules.</summary>
public static class ProtectiveRules
{
    public static IEnumerable<ValidationRule> Create(ValidationOptions options)
    {
        if (options.MaxDepth is { } maxDepth)
        {
            yield return new MaxDepthRule(maxDepth);
        }

        if (!options.IntrospectionEnabled)
        {
            yield return new NoIntrospectionRule();
        }
    }
}
