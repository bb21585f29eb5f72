namespace GraphExplorer.Application.Loading;

/// <summary>What loading did with one script.</summary>
public enum ScriptOutcome
{
    /// <summary>Its statements ran and were committed together with the record of the script.</summary>
    Applied,

    /// <summary>Already applied with the same checksum: nothing ran.</summary>
    Unchanged,

    /// <summary>Dry run: its statements ran in a transaction that was rolled back.</summary>
    WouldApply,

    /// <summary>Applied before with a different checksum; refused because changed scripts were not allowed.</summary>
    RefusedChanged,

    /// <summary>Its statements would overwrite a steward's API edit or re-create what a steward deleted; rolled back
    /// (see <see cref="StewardEdits"/>).</summary>
    RefusedStewardEdits,

    /// <summary>A quote it gives does not occur in the text of the source it cites; rolled back (loaded anyway with
    /// <see cref="LoadOptions.AllowMisquotes"/>; see <see cref="ScriptQuotes"/>).</summary>
    RefusedMisquotes,

    /// <summary>It breaks the data rules (a fact without a source, a bad date precision, a dangling reference, a new
    /// entity named like an existing one…); rolled back, every violation listed (loaded anyway with
    /// <see cref="RuleChecks.Warn"/>; see <see cref="ScriptViolations"/>).</summary>
    RefusedViolations,

    /// <summary>A statement failed: none of its queries were applied (schema commands that ran before them stay; see <see cref="ScriptLoader"/>).</summary>
    Failed,

    /// <summary>Holds no statement (only blanks and comments): nothing ran and it is not recorded as applied.</summary>
    Empty,

    /// <summary>Not attempted because an earlier script failed or was refused.</summary>
    NotAttempted,
}
