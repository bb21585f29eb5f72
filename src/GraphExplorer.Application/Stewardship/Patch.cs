namespace GraphExplorer.Application.Stewardship;

/// <summary>
/// One field of a steward's update: absent (the stored value is kept) or given (the stored value becomes
/// <see cref="Value"/>; a null value clears it). This is the distinction GraphQL makes between an input field left
/// out and one written as <c>null</c> (spec §5.6.1 / §6.4.1): the engine leaves an absent field out of the coerced
/// input map and keeps an explicit null in it. <c>default</c> is absent; any value (null included) converts to a
/// given one, so <c>Summary: null</c> clears and leaving <c>Summary</c> out keeps. Immutable.
/// </summary>
public readonly record struct Patch<T>
{
    private Patch(T? value)
    {
        IsGiven = true;
        Value = value;
    }

    /// <summary>False: the input did not mention the field, and it stays as stored.</summary>
    public bool IsGiven { get; }

    /// <summary>The new value when <see cref="IsGiven"/> (null: clear it).</summary>
    public T? Value { get; }

    public static Patch<T> Absent => default;

    public static Patch<T> Given(T? value) => new(value);

#pragma warning disable CA2225 // The conversion is the point: inputs read like plain values.
    public static implicit operator Patch<T>(T? value) => new(value);
#pragma warning restore CA2225

    /// <summary>The value after the patch: <see cref="Value"/> when given, else <paramref name="stored"/>.</summary>
    public T? Or(T? stored) => IsGiven ? Value : stored;
}
