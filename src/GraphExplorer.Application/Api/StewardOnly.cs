namespace GraphExplorer.Application.Api;

/// <summary>What only a steward may do through the API: change data, or read the audit trail (whose entries carry every
/// change's full input, including quotes and notes a steward may have withdrawn since).</summary>
internal enum StewardOnly
{
    Changes,
    AuditTrail,
}
