using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>Resolves one field's value (spec §6.4.2 ResolveFieldValue). May complete synchronously.</summary>
public delegate ValueTask<object?> FieldResolver(IResolveContext context);
