namespace GraphExplorer.Server.Tests.GraphQL;

/// <summary>A steward's change as the subscription tests make it: an organisation upserted (created the first time)
/// with a description, citing a sentence of the seed's first article.</summary>
internal static class StewardChanges
{
    public const string Upsert = "mutation ($input: OrganizationInput!) { upsertOrganization(input: $input) { audit { id } } }";

    public static object Input(string id, string name, string description) => new
    {
        input = new
        {
            id,
            name,
            kind = "COMPANY",
            description,
            citation = new { source = "src:001-20df84f1ae021dc9", quote = "LuxProvide et la JAXA ont formalisé leur collaboration" },
        },
    };
}
