using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Types;

/// <summary>Result and input coercion of the specified scalars (spec §3.5.1–§3.5.5), graphql-js messages.</summary>
public sealed class ScalarCoercionTests
{
    public static TheoryData<ScalarType, object, object> Serialized => new()
    {
        { BuiltInScalars.Int, 1, 1 },
        { BuiltInScalars.Int, 1L, 1 },
        { BuiltInScalars.Int, 2.0, 2 },
        { BuiltInScalars.Int, true, 1 },
        { BuiltInScalars.Int, "-3", -3 },
        { BuiltInScalars.Float, 1, 1d },
        { BuiltInScalars.Float, 1.5f, 1.5d },
        { BuiltInScalars.Float, "2.5", 2.5d },
        { BuiltInScalars.String, "s", "s" },
        { BuiltInScalars.String, 1.5, "1.5" },
        { BuiltInScalars.String, false, "false" },
        { BuiltInScalars.Boolean, true, true },
        { BuiltInScalars.Boolean, 0, false },
        { BuiltInScalars.ID, "abc", "abc" },
        { BuiltInScalars.ID, 123, "123" },
    };

    [Theory]
    [MemberData(nameof(Serialized))]
    public void Serializes_like_the_spec(ScalarType scalar, object value, object expected)
    {
        scalar.Serialize(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("Int", 1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData("Float", "abc", "Float cannot represent non numeric value: \"abc\"")]
    [InlineData("Float", double.NaN, "Float cannot represent non numeric value: NaN")]
    [InlineData("Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("ID", 1.5, "ID cannot represent value: 1.5")]
    public void Rejects_unrepresentable_results(string scalar, object value, string message)
    {
        var type = BuiltInScalars.Specified.Single(s => s.Name == scalar);
        var act = () => type.Serialize(value);
        act.Should().Throw<ScalarCoercionException>().WithMessage(message);
    }

    [Theory]
    [InlineData("Int", "123", 123)]
    [InlineData("Int", "-2147483648", int.MinValue)]
    [InlineData("Float", "123", 123d)]
    [InlineData("Float", "1.5e3", 1500d)]
    [InlineData("String", "\"x\"", "x")]
    [InlineData("Boolean", "false", false)]
    [InlineData("ID", "123", "123")]
    [InlineData("ID", "\"a\"", "a")]
    public void Parses_literals(string scalar, string literal, object expected)
    {
        BuiltInScalars.Specified.Single(s => s.Name == scalar).ParseLiteral(Parser.ParseValue(literal)).Should().Be(expected);
    }

    [Theory]
    [InlineData("Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("Int", "1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("Int", "\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("Float", "true", "Float cannot represent non numeric value: true")]
    [InlineData("String", "1", "String cannot represent a non string value: 1")]
    [InlineData("Boolean", "1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    public void Rejects_invalid_literals(string scalar, string literal, string message)
    {
        var type = BuiltInScalars.Specified.Single(s => s.Name == scalar);
        var act = () => type.ParseLiteral(Parser.ParseValue(literal));
        act.Should().Throw<ScalarCoercionException>().WithMessage(message);
    }

    [Theory]
    [InlineData("2024-05-17T10:15:30Z", true)]
    [InlineData("2024-05-17T10:15:30.123+02:00", true)]
    [InlineData("2024-05-17T10:15:30", false)]
    [InlineData("2024-05-17", false)]
    public void Date_time_requires_an_rfc3339_offset(string text, bool valid)
    {
        var act = () => BuiltInScalars.DateTime.ParseValue(text);
        if (valid)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ScalarCoercionException>();
        }
    }
}
