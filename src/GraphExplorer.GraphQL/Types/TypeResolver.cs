namespace GraphExplorer.GraphQL.Types;

/// <summary>Picks the concrete object type of a value of an abstract type: returns the object type's name.</summary>
public delegate string? TypeResolver(object value, IResolveContext context);
