namespace GraphExplorer.GraphQL.Types;

/// <summary>A non-null <see cref="OfType"/> (spec §3.12); never wraps another non-null.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("Non-null cannot wrap a non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => OfType + "!";
}
