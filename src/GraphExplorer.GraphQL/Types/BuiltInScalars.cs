namespace GraphExplorer.GraphQL.Types;

/// <summary>
/// The specified scalars (Int, Float, String, Boolean, ID) present in every schema, and the optional built-in Date and
/// DateTime scalars that a schema gets when its SDL declares <c>scalar Date</c>/<c>scalar DateTime</c> or code adds them.
/// Instances are immutable singletons.
/// </summary>
public static class BuiltInScalars
{
    public static readonly ScalarType Int = new IntScalar();
    public static readonly ScalarType Float = new FloatScalar();
    public static readonly ScalarType String = new StringScalar();
    public static readonly ScalarType Boolean = new BooleanScalar();
    public static readonly ScalarType ID = new IdScalar();
    public static readonly ScalarType Date = new DateScalar();
    public static readonly ScalarType DateTime = new DateTimeScalar();

    public static readonly IReadOnlyList<ScalarType> Specified = [String, Int, Float, Boolean, ID];

    public static readonly IReadOnlyList<ScalarType> Optional = [Date, DateTime];

    public static bool IsSpecified(NamedType type) => type is ScalarType && Specified.Any(s => ReferenceEquals(s, type));

    public static bool IsSpecifiedName(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";
}
