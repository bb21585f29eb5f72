namespace GraphExplorer.Cypher.Storage.Journal;

/// <summary>What <see cref="RecordFileReader.ReadNext"/> found.</summary>
internal enum RecordStatus
{
    /// <summary>A complete record with valid checksums.</summary>
    Record,

    /// <summary>The file ends exactly after the previous record.</summary>
    End,

    /// <summary>The rest of the file, from <see cref="RecordFileReader.CurrentOffset"/>, is a torn write.</summary>
    TornTail,
}
