using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Validation.Rules;

/// <summary>Input Object Field Uniqueness (spec §5.6.3).</summary>
internal sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is not ObjectValueNode obj)
        {
            return;
        }

        foreach (var group in obj.Fields.GroupBy(f => f.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Report(GraphQLErrors.DuplicateInputField(group.Key, group.ToList()));
        }
    }
}
