namespace GraphExplorer.Bolt.Transport;

/// <summary>A Bolt protocol version, major.minor.</summary>
public readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator >=(BoltVersion left, BoltVersion right) => left.CompareTo(right) >= 0;

    public static bool operator <=(BoltVersion left, BoltVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >(BoltVersion left, BoltVersion right) => left.CompareTo(right) > 0;

    public static bool operator <(BoltVersion left, BoltVersion right) => left.CompareTo(right) < 0;

    public override string ToString() => $"{Major}.{Minor}";
}
