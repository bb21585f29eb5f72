using System.Text;
using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Listing;

/// <summary>
/// Opaque cursors: base64 of <c>v1:&lt;offset&gt;</c>, the position of the edge in the ordered list. The order is
/// total (every sort ends with the id), so a cursor designates the same place while the data does not change.
/// </summary>
internal static class Cursor
{
    public static string Encode(long offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"v1:{offset}"));

    public static long Decode(string cursor, string path = "after")
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("v1:", StringComparison.Ordinal) && long.TryParse(text.AsSpan(3), out var offset) && offset >= 0)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Reported below with the same message as any other malformed cursor.
        }

        throw ApplicationErrors.InvalidArgument(path, $"'{cursor}' is not a cursor of this list");
    }
}
