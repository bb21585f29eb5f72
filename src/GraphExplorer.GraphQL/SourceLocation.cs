namespace GraphExplorer.GraphQL;

/// <summary>A position in a GraphQL source text, both 1-based (spec §7.1.2 "locations").</summary>
public readonly record struct SourceLocation(int Line, int Column);
