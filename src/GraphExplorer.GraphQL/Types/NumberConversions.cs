using System.Globalization;

namespace GraphExplorer.GraphQL.Types;

/// <summary>Helpers to read CLR numbers of any width for scalar coercion.</summary>
internal static class NumberConversions
{
    /// <summary>An integral CLR value as long (ulong beyond long range fails).</summary>
    public static bool TryGetIntegral(object value, out long result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul when ul <= long.MaxValue: result = (long)ul; return true;
            default: result = 0; return false;
        }
    }

    /// <summary>Any CLR number as double (finite or not).</summary>
    public static bool TryGetNumber(object value, out double result)
    {
        if (TryGetIntegral(value, out var l))
        {
            result = l;
            return true;
        }

        switch (value)
        {
            case double d: result = d; return true;
            case float f: result = f; return true;
            case decimal m: result = (double)m; return true;
            case ulong ul: result = ul; return true;
            default: result = 0; return false;
        }
    }

    public static bool TryParseNumber(string text, out double result) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out result) && text.Trim().Length == text.Length && text.Length > 0;
}
