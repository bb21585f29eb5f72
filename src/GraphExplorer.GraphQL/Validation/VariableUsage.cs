using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Validation;

/// <summary>A variable used at a position expecting <see cref="Type"/> (null when unknown).</summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, NamedType? ParentInputType);
