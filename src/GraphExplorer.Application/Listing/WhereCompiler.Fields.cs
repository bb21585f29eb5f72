using System.Text.RegularExpressions;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Visibility;

namespace GraphExplorer.Application.Listing;

/// <summary>
/// The fields of the where inputs generated from the schema (<see cref="FilterCatalog"/>): each scalar's operators and
/// each relationship's quantifiers, compiled from the catalog's stored expressions and patterns (constants) with every
/// value in a parameter.
/// </summary>
/// <remarks>
/// Dates at a precision (<see cref="StoredKind.PartialDate"/>) compare as the interval of days they stand for, and a
/// comparison holds only when it holds for every day of it: <c>gt: D</c> when the interval starts after D, <c>lt: D</c>
/// when it ends before D, <c>eq: D</c> only for a date known to the day D. So June 2024 (<c>2024-06</c>) is neither
/// <c>lt</c>, <c>gt</c> nor <c>eq</c> 2024-06-15; <c>NOT: { signed: { gt: D } }</c> asks for dates that may be on or
/// before D. The bounds go through <see cref="DateWindow"/> (WITHIN), the one home of that arithmetic.
/// </remarks>
internal sealed partial class WhereCompiler
{
    private const string FoldParameter = "wfold";
    private const string AsciiParameter = "wascii";

    private string Generated(FieldCondition condition, string v, int depth)
    {
        var field = catalog.Field(type, condition.Field)
            ?? throw ApplicationErrors.InvalidArgument(condition.Path,
                $"unknown field '{condition.Field}' of {FilterCatalog.WhereName(type)} (expected one of {string.Join(", ", catalog.Fields(FilterCatalog.TypeName(type)).Select(f => f.Name))})");
        var parts = new List<string>();
        foreach (var (op, value) in condition.Operators)
        {
            if (value is null)
            {
                continue;
            }

            var at = $"{condition.Path}.{op}";
            parts.Add(field.Relationship is { } relationship
                ? Quantified(relationship, op, value, v, at, depth)
                : ScalarOperator(field, field.Scalar!, op, value, v, at));
        }

        if (field.Scalar is { Kind: StoredKind.Int or StoredKind.Float or StoredKind.PartialDate })
        {
            RequireOrderedBounds(condition);
        }

        return parts.Count == 0 ? "true" : string.Join(" AND ", parts.Select(p => $"({p})"));
    }

    /// <summary><c>some</c>, <c>none</c>, <c>all</c>, <c>single</c> over the related entities (distinct nodes).</summary>
    private string Quantified(StoredRelationship relationship, string quantifier, object value, string v, string path, int depth)
    {
        var other = $"wn{next.Value++}";
        var related = WhereInput.Read(value, path) ?? new EntityWhere();
        var condition = new WhereCompiler(relationship.Target, parameters, catalog, next).Node(related, other, path, depth + 1);
        // Only the related entities the reader may see, through ties the reader may see, are quantified over.
        var named = $"wp{next.Value++}";
        var pattern = Visible.Bind(named) + relationship.On(v, other);
        var visible = Visible.AndPath(condition, named);
        return quantifier switch
        {
            "some" => $"EXISTS {{ MATCH {pattern} WHERE {visible} }}",
            "none" => $"NOT EXISTS {{ MATCH {pattern} WHERE {visible} }}",
            // A related entity the condition cannot decide (null) counts against `all`, as in the Neo4j GraphQL Library.
            "all" => $"NOT EXISTS {{ MATCH {pattern} WHERE {Visible.AndPath($"NOT coalesce(({condition}), false)", named)} }}",
            "single" => $"COUNT {{ MATCH {pattern} WHERE {visible} RETURN DISTINCT {other} }} = 1",
            _ => throw ApplicationErrors.InvalidArgument(path, $"unknown quantifier '{quantifier}' (expected some, none, all, single)"),
        };
    }

    private string ScalarOperator(CatalogField field, StoredScalar scalar, string op, object value, string v, string path)
    {
        var e = scalar.On(v);
        if (op == "isNull")
        {
            return Boolean(value, path) ? $"{e} IS NULL" : $"{e} IS NOT NULL";
        }

        switch (scalar.Kind)
        {
            case StoredKind.String or StoredKind.Id:
                return StringOperator(scalar.Kind, op, value, e, path);
            case StoredKind.Int or StoredKind.Float:
                return Comparison(op, e, path, item => Number(item, scalar.Kind, path), value);
            case StoredKind.Boolean when op == "eq":
                return $"{e} = {Parameter(Boolean(value, path))}";
            case StoredKind.Kind when op is "eq" or "in":
                return Comparison(op, e, path, item => StoredKindValue(item, field, path), value);
            case StoredKind.StringList:
                return op switch
                {
                    "includes" => $"{Parameter(Text(value, path))} IN {e}",
                    "includesInsensitive" => $"any(x IN {e} WHERE {Fold("x")} = {Parameter(AccentFold.Fold(Text(value, path)))})",
                    "isEmpty" => Boolean(value, path) ? $"size({e}) = 0" : $"size({e}) > 0",
                    _ => throw UnknownOperator(path, op, "includes, includesInsensitive, isEmpty"),
                };
            case StoredKind.PartialDate:
                return DateOperator(scalar, op, value, v, path);
            default:
                throw UnknownOperator(path, op, scalar.Kind == StoredKind.Boolean ? "eq, isNull" : "eq, in, isNull");
        }
    }

    private string StringOperator(StoredKind kind, string op, object value, string e, string path)
    {
        switch (op)
        {
            case "eq": return $"{e} = {Parameter(Text(value, path))}";
            case "in": return $"{e} IN {Parameter(WhereInput.List(value, path).Select((item, i) => (object?)Text(item, $"{path}[{i}]")).ToList())}";
            case "contains": return $"{e} CONTAINS {Parameter(Text(value, path))}";
            case "startsWith": return $"{e} STARTS WITH {Parameter(Text(value, path))}";
            case "endsWith": return $"{e} ENDS WITH {Parameter(Text(value, path))}";
        }

        if (kind == StoredKind.String)
        {
            switch (op)
            {
                case "matches":
                    var pattern = Text(value, path);
                    try
                    {
                        _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
                    }
                    catch (ArgumentException e2)
                    {
                        throw ApplicationErrors.InvalidArgument(path, $"'{pattern}' is not a regular expression: {e2.Message}");
                    }

                    return $"{e} =~ {Parameter(pattern)}";
                case "eqInsensitive": return $"{Fold(e)} = {Parameter(AccentFold.Fold(Text(value, path)))}";
                case "containsInsensitive": return $"{Fold(e)} CONTAINS {Parameter(AccentFold.Fold(Text(value, path)))}";
                case "startsWithInsensitive": return $"{Fold(e)} STARTS WITH {Parameter(AccentFold.Fold(Text(value, path)))}";
                case "endsWithInsensitive": return $"{Fold(e)} ENDS WITH {Parameter(AccentFold.Fold(Text(value, path)))}";
            }
        }

        throw UnknownOperator(path, op, kind == StoredKind.String
            ? "eq, in, contains, startsWith, endsWith, matches, eqInsensitive, containsInsensitive, startsWithInsensitive, endsWithInsensitive, isNull"
            : "eq, in, contains, startsWith, endsWith, isNull");
    }

    /// <summary>eq, in, gt, gte, lt, lte on a value each item of which <paramref name="read"/> turns into a parameter value.</summary>
    private string Comparison(string op, string e, string path, Func<object?, object> read, object value)
    {
        var symbol = op switch
        {
            "eq" => "=",
            "gt" => ">",
            "gte" => ">=",
            "lt" => "<",
            "lte" => "<=",
            "in" => "IN",
            _ => throw UnknownOperator(path, op, "eq, in, gt, gte, lt, lte, isNull"),
        };
        var parameter = op == "in" ? Parameter(WhereInput.List(value, path).Select(read).ToList()) : Parameter(read(value));
        return $"{e} {symbol} {parameter}";
    }

    private string DateOperator(StoredScalar scalar, string op, object value, string v, string path)
    {
        var start = scalar.On(v);
        var precision = scalar.PrecisionOn(v);
        string Window(DateOnly? from, DateOnly? to) => new DateWindow(from, to, DateMatch.Within).ToCypher(start, null, precision, Parameter);
        DateOnly Day(object? item, string at) => WhereInput.Date(item ?? "", at);
        return op switch
        {
            "eq" => Window(Day(value, path), Day(value, path)),
            "in" => WhereInput.List(value, path) is { Count: > 0 } days
                ? string.Join(" OR ", days.Select((d, i) => $"({Window(Day(d, $"{path}[{i}]"), Day(d, $"{path}[{i}]"))})"))
                : "false",
            "gt" => Window(Day(value, path).AddDays(1), null),
            "gte" => Window(Day(value, path), null),
            "lt" => Window(null, Day(value, path).AddDays(-1)),
            "lte" => Window(null, Day(value, path)),
            _ => throw UnknownOperator(path, op, "eq, in, gt, gte, lt, lte, isNull"),
        };
    }

    /// <summary>A lower bound above an upper one can match nothing: it is a mistake, reported as one.</summary>
    private static void RequireOrderedBounds(FieldCondition condition)
    {
        var low = condition.Operators.GetValueOrDefault("gte") is { } gte ? ("gte", gte) : condition.Operators.GetValueOrDefault("gt") is { } gt ? ("gt", gt) : default;
        var high = condition.Operators.GetValueOrDefault("lte") is { } lte ? ("lte", lte) : condition.Operators.GetValueOrDefault("lt") is { } lt ? ("lt", lt) : default;
        if (low.Item2 is null || high.Item2 is null)
        {
            return;
        }

        var compared = (low.Item2, high.Item2) switch
        {
            (IComparable a, var b) when a.GetType() == b.GetType() => a.CompareTo(b),
            (var a, var b) when IsNumber(a) && IsNumber(b) => Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture)
                .CompareTo(Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture)),
            _ => 0,
        };
        if (compared > 0)
        {
            throw ApplicationErrors.InvalidArgument(condition.Path, $"{low.Item1} ({Show(low.Item2)}) is after {high.Item1} ({Show(high.Item2)})");
        }
    }

    private static bool IsNumber(object value) => value is int or long or double or float or decimal;

    private static string Show(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private string Fold(string expression)
    {
        if (!parameters.ContainsKey(FoldParameter))
        {
            parameters[FoldParameter] = AccentFold.Pairs.Select(p => p.ToList()).ToList();
            parameters[AsciiParameter] = AccentFold.AsciiOnly;
        }

        return AccentFold.Cypher(expression, "$" + FoldParameter, "$" + AsciiParameter);
    }

    private static object Number(object? value, StoredKind kind, string path) => (value, kind) switch
    {
        (int i, StoredKind.Int) => (long)i,
        (long l, StoredKind.Int) => l,
        (int i, _) => (double)i,
        (long l, _) => (double)l,
        (double d, StoredKind.Float) => d,
        _ => throw ApplicationErrors.InvalidArgument(path, $"expected {(kind == StoredKind.Int ? "a whole number" : "a number")}, got {WhereInput.Describe(value)}"),
    };

    private static string StoredKindValue(object? value, CatalogField field, string path) => Text(value, path) switch
    {
        "OTHER" => throw ApplicationErrors.InvalidArgument(path, "OTHER stands for kinds the API does not know and cannot be used as a filter; name the kinds instead"),
        var kind => kind.ToLowerInvariant(),
    };

    private static bool Boolean(object? value, string path) =>
        value as bool? ?? throw ApplicationErrors.InvalidArgument(path, $"expected true or false, got {WhereInput.Describe(value)}");

    private static string Text(object? value, string path) =>
        value as string ?? throw ApplicationErrors.InvalidArgument(path, $"expected a string, got {WhereInput.Describe(value)}");

    private static ExplorerException UnknownOperator(string path, string op, string expected) =>
        ApplicationErrors.InvalidArgument(path, $"'{op}' is not an operator of this field (expected one of {expected})");
}
