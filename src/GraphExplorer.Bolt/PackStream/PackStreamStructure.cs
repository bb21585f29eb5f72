namespace GraphExplorer.Bolt.PackStream;

/// <summary>A PackStream structure: a one-byte tag and its fields (a Bolt message, a node, a date, …).</summary>
internal sealed record PackStreamStructure(byte Tag, IReadOnlyList<object?> Fields)
{
    /// <summary>The tag as a character where it is one, as the Bolt and PackStream specifications name them ('N', 'D', …).</summary>
    public override string ToString() => $"Structure 0x{Tag:X2} ({Fields.Count} fields)";
}
