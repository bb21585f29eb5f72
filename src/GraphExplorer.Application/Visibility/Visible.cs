namespace GraphExplorer.Application.Visibility;

/// <summary>
/// The one home of the visibility predicate that read queries put in their WHERE: an item is visible when it has no
/// level or its level is one of <c>$visibleLevels</c>. For an unrestricted reader (the zero-setup run) the predicate is
/// the literal <c>true</c>, so those queries read exactly as they did before levels existed.
/// </summary>
/// <remarks>Rules every read follows (so nothing leaks through counts, degrees or paths): a node is visible by its own
/// level; a relationship is visible when it and both its ends are, so every pattern names its relationship and its far
/// node and passes both here. The parameter's value comes from <see cref="Domain.GraphQueries"/>. Thread-safe.</remarks>
public static class Visible
{
    /// <summary>The predicate that every one of <paramref name="variables"/> (nodes or relationships) is visible.</summary>
    public static string All(params string[] variables) =>
        ReaderVisibility.Current.IsRestricted
            ? "(" + string.Join(" AND ", variables.Select(Item)) + ")"
            : "true";

    /// <summary>The predicate that every node and relationship of the path <paramref name="path"/> is visible.</summary>
    public static string Path(string path) =>
        ReaderVisibility.Current.IsRestricted
            ? $"(all(vn IN nodes({path}) WHERE {Item("vn")}) AND all(vr IN relationships({path}) WHERE {Item("vr")}))"
            : "true";

    /// <summary>
    /// The assignment that names a pattern as a path (<c>vp = </c>) so <see cref="Path"/> can check it, for patterns with
    /// anonymous or variable-length parts; empty for an unrestricted reader, whose query text stays as it was.
    /// </summary>
    public static string Bind(string path) => ReaderVisibility.Current.IsRestricted ? $"{path} = " : "";

    /// <summary><paramref name="condition"/> and the predicate that <paramref name="variables"/> are visible.</summary>
    public static string And(string condition, params string[] variables) =>
        ReaderVisibility.Current.IsRestricted ? $"({condition}) AND {All(variables)}" : condition;

    /// <summary><paramref name="condition"/> and the predicate that the path <paramref name="path"/> is visible.</summary>
    public static string AndPath(string condition, string path) =>
        ReaderVisibility.Current.IsRestricted ? $"({condition}) AND {Path(path)}" : condition;

    /// <summary><c>EXISTS</c> of <paramref name="pattern"/> meeting <paramref name="condition"/> through only what the
    /// reader may see; <paramref name="path"/> names the pattern and must be unique among nested subqueries.</summary>
    public static string Exists(string path, string pattern, string condition) =>
        $"EXISTS {{ MATCH {Bind(path)}{pattern} WHERE {AndPath(condition, path)} }}";

    private static string Item(string variable) =>
        $"({variable}.{VisibilityLevels.Property} IS NULL OR {variable}.{VisibilityLevels.Property} IN ${ReaderVisibility.Parameter})";
}
