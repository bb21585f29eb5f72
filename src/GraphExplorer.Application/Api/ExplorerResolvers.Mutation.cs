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
            input.Text("name"),
            input.Kind(KindMaps.Organization),
            input.Citation(),
            input.Optional("id"),
            input.Strings("aliases"),
            input.Optional("nameOriginal"),
            input.Optional("description"),
            input.Optional("website"),
            input.Optional("country"),
            input.Strings("sectors")), context.CancellationToken));
        Mutation(builder, "upsertPerson", (steward, context, input) => stewardship.UpsertPersonAsync(steward, new PersonInput(
            input.Text("name"),
            input.Citation(),
            input.Optional("id"),
            input.Strings("aliases")), context.CancellationToken));
        Mutation(builder, "upsertAgreement", (steward, context, input) => stewardship.UpsertAgreementAsync(steward, new AgreementInput(
            input.Text("title"),
            input.Kind(KindMaps.Agreement),
            [.. input.Objects("parties").Select(p => new PartyInput(p.Text("id"), p.Optional("role")))],
            input.Citation(),
            input.Optional("id"),
            input.Date("signedDate"),
            input.Precision("signedDatePrecision"),
            input.Optional("status"),
            input.Optional("summary"),
            input.Optional("counterpartyNote"),
            input.Strings("sectors"),
            input.Strings("implements")), context.CancellationToken));
        Mutation(builder, "upsertEvent", (steward, context, input) => stewardship.UpsertEventAsync(steward, new EventInput(
            input.Text("name"),
            input.Kind(KindMaps.Event),
            input.Citation(),
            input.Optional("id"),
            input.Date("startDate"),
            input.Date("endDate"),
            input.Precision("datePrecision"),
            input.Strings("places"),
            input.Optional("partOf"),
            input.Strings("sectors")), context.CancellationToken));
        Mutation(builder, "link", (steward, context, input) => stewardship.LinkAsync(steward, new LinkInput(
            input.Text("from"),
            input.Text("to"),
            input.Text("type"),
            input.Citation(),
            input.Object("properties") is { } p
                ? new LinkProperties(p.Optional("role"), p.Optional("title"), p.Date("since"), p.Date("until"))
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
        Func<string, IResolveContext, MutationInput, Task<MutationResult>> run) =>
        Field(builder, "Mutation", field, async context =>
        {
            var steward = Steward(context);
            var input = new MutationInput(Map(context.Arguments.GetValueOrDefault("input")) ?? new Dictionary<string, object?>());
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
}
