using GraphExplorer.Database;

namespace GraphExplorer.Cypher.Temporal;

/// <summary>The errors temporal functions raise, in the TCK's vocabulary.</summary>
internal static class TemporalErrors
{
    public static CypherException InvalidValue(string function, string detail) =>
        new(CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime, "InvalidArgumentValue", $"{function}: {detail}");

    public static CypherException InvalidType(string function, object? value) =>
        new(CypherErrorKind.TypeError, CypherErrorPhase.Runtime, "InvalidArgumentType",
            $"{function}: cannot use a {CypherValues.TypeName(value)} here");

    public static CypherException UnparsableText(string type, string text) =>
        new(CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime, "InvalidArgumentValue",
            $"Text cannot be parsed to a {type}: '{text}'");

    public static CypherException UnknownZone(string zone) =>
        new(CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime, "InvalidArgumentValue", $"Unknown time zone: '{zone}'");

    public static CypherException Overflow(string what) =>
        new(CypherErrorKind.ArithmeticError, CypherErrorPhase.Runtime, "IntegerOverflow", $"{what} is out of range");
}
