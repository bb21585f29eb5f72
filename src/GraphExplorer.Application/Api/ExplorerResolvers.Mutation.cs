using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.Application.Api;

/// <summary>
/// Mutations: each checks the steward credential first (none → UNAUTHENTICATED, not a steward's → FORBIDDEN, nothing
/// written either way), then calls <see cref="StewardshipService"/>, which validates and writes in one transaction.
/// </summary>
internal sealed partial class ExplorerResolvers
{
    private void BindMutation(SchemaBuilder builder)
    {
        Mutation(builder, "upsertOrganization", (steward, context, input) => stewardship.UpsertOrganizationAsync(steward, new OrganizationInput(
            (string)input["name"]!,
            KindMaps.Organization.ToStored((string)input["kind"]!, "input.kind"),
            CitationOf(input),
            OptionalString(input, "id"),
            Strings(input.GetValueOrDefault("aliases")),
            OptionalString(input, "nameOriginal"),
            OptionalString(input, "description"),
            OptionalString(input, "website"),
            OptionalString(input, "country"),
            Strings(input.GetValueOrDefault("sectors"))), context.CancellationToken));
        Mutation(builder, "upsertPerson", (steward, context, input) => stewardship.UpsertPersonAsync(steward, new PersonInput(
            (string)input["name"]!,
            CitationOf(input),
            OptionalString(input, "id"),
            Strings(input.GetValueOrDefault("aliases"))), context.CancellationToken));
        Mutation(builder, "upsertAgreement", (steward, context, input) => stewardship.UpsertAgreementAsync(steward, new AgreementInput(
            (string)input["title"]!,
            KindMaps.Agreement.ToStored((string)input["kind"]!, "input.kind"),
            [.. ((IEnumerable<object?>)input["parties"]!).Select(Map).OfType<IReadOnlyDictionary<string, object?>>()
                .Select(p => new PartyInput((string)p["id"]!, OptionalString(p, "role")))],
            CitationOf(input),
            OptionalString(input, "id"),
            DateArgument(input.GetValueOrDefault("signedDate")),
            Precision(input, "signedDatePrecision"),
            OptionalString(input, "status"),
            OptionalString(input, "summary"),
            null,
            Strings(input.GetValueOrDefault("sectors")),
            Strings(input.GetValueOrDefault("implements"))), context.CancellationToken));
        Mutation(builder, "upsertEvent", (steward, context, input) => stewardship.UpsertEventAsync(steward, new EventInput(
            (string)input["name"]!,
            KindMaps.Event.ToStored((string)input["kind"]!, "input.kind"),
            CitationOf(input),
            OptionalString(input, "id"),
            DateArgument(input.GetValueOrDefault("startDate")),
            DateArgument(input.GetValueOrDefault("endDate")),
            Precision(input, "datePrecision"),
            Strings(input.GetValueOrDefault("places")),
            OptionalString(input, "partOf"),
            Strings(input.GetValueOrDefault("sectors"))), context.CancellationToken));
        Mutation(builder, "link", (steward, context, input) => stewardship.LinkAsync(steward, new LinkInput(
            (string)input["from"]!,
            (string)input["to"]!,
            (string)input["type"]!,
            CitationOf(input),
            Map(input.GetValueOrDefault("properties")) is { } p
                ? new LinkProperties(OptionalString(p, "role"), OptionalString(p, "title"), DateArgument(p.GetValueOrDefault("since")), DateArgument(p.GetValueOrDefault("until")))
                : null), context.CancellationToken));
        Mutation(builder, "deleteEntity", (steward, context, _) => stewardship.DeleteEntityAsync(steward, RequiredString(context, "id"), context.CancellationToken));
        Mutation(builder, "unlink", (steward, context, _) => stewardship.UnlinkAsync(
            steward, RequiredString(context, "from"), RequiredString(context, "to"), RequiredString(context, "type"), context.CancellationToken));

        Field(builder, "AuditEntry", "at", context => SourceAs<AuditEntry>(context).At);
    }

    /// <summary>Binds a mutation: the steward is established before the input is read or anything is written.</summary>
    private void Mutation(
        SchemaBuilder builder,
        string field,
        Func<string, IResolveContext, IReadOnlyDictionary<string, object?>, Task<MutationResult>> run) =>
        Field(builder, "Mutation", field, async context =>
        {
            var steward = Steward(context);
            var input = Map(context.Arguments.GetValueOrDefault("input")) ?? new Dictionary<string, object?>();
            return await run(steward, context, input);
        });

    private string Steward(IResolveContext context)
    {
        var key = presentedKey(context.RequestContext);
        if (string.IsNullOrEmpty(key))
        {
            throw ApiErrors.Unauthenticated();
        }

        return stewards.Verify(key)
            ?? throw ApiErrors.Forbidden();
    }

    private static CitationInput CitationOf(IReadOnlyDictionary<string, object?> input)
    {
        var citation = Map(input.GetValueOrDefault("citation")) ?? throw ApplicationErrors.InvalidArgument("input.citation", "a citation is required");
        return new CitationInput((string)citation["source"]!, OptionalString(citation, "quote") ?? "");
    }

    private static string? Precision(IReadOnlyDictionary<string, object?> input, string name) =>
        OptionalString(input, name) is { } value ? KindMaps.Precision.ToStored(value, $"input.{name}") : null;
}
