using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Stewardship;
using GraphExplorer.Database;
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
            input.Citation(),
            input.Optional("id"),
            input.Text("name"),
            input.Kind(KindMaps.Organization),
            input.List("aliases"),
            input.Text("nameOriginal"),
            input.Text("description"),
            input.Text("website"),
            input.Text("country"),
            input.List("sectors"),
            input.Flag("inferred"),
            input.Text("inferenceNote"),
            input.Flag("linksInferred"),
            input.Text("linksInferenceNote"),
            input.Text("visibility")), context.CancellationToken));
        Mutation(builder, "upsertPerson", (steward, context, input) => stewardship.UpsertPersonAsync(steward, new PersonInput(
            input.Citation(),
            input.Optional("id"),
            input.Text("name"),
            input.List("aliases"),
            input.Flag("inferred"),
            input.Text("inferenceNote"),
            input.Text("visibility")), context.CancellationToken));
        Mutation(builder, "upsertAgreement", (steward, context, input) => stewardship.UpsertAgreementAsync(steward, new AgreementInput(
            input.Citation(),
            input.Optional("id"),
            input.Text("title"),
            input.Kind(KindMaps.Agreement),
            input.Parties(),
            input.Date("signedDate"),
            input.Precision("signedDatePrecision"),
            input.Text("dateText"),
            input.Text("dateNote"),
            input.Text("status"),
            input.Text("summary"),
            input.Text("counterpartyNote"),
            input.List("aliases"),
            input.List("sectors"),
            input.List("implements"),
            input.Flag("inferred"),
            input.Text("inferenceNote"),
            input.Kind(KindMaps.DateQualifier, "dateQualifier"),
            input.Flag("linksInferred"),
            input.Text("linksInferenceNote"),
            input.Text("visibility"),
            input.Date("effectiveDate"),
            input.Precision("effectiveDatePrecision"),
            input.Text("effectiveDateBasis"),
            input.Date("expiryDate"),
            input.Precision("expiryDatePrecision"),
            input.Text("expiryDateBasis"),
            input.Date("renewalDate"),
            input.Precision("renewalDatePrecision"),
            input.Text("renewalDateBasis")), context.CancellationToken));
        Mutation(builder, "upsertEvent", (steward, context, input) => stewardship.UpsertEventAsync(steward, new EventInput(
            input.Citation(),
            input.Optional("id"),
            input.Text("name"),
            input.Kind(KindMaps.Event),
            input.Date("startDate"),
            input.Date("endDate"),
            input.Precision("datePrecision"),
            input.Text("dateText"),
            input.Text("dateNote"),
            input.List("aliases"),
            input.List("places"),
            input.Text("partOf"),
            input.List("sectors"),
            input.Flag("inferred"),
            input.Text("inferenceNote"),
            input.Kind(KindMaps.DateQualifier, "dateQualifier"),
            input.Flag("linksInferred"),
            input.Text("linksInferenceNote"),
            input.Text("visibility")), context.CancellationToken));
        Mutation(builder, "upsertSource", (steward, context, input) => stewardship.UpsertSourceAsync(steward, new SourceInput(
            input.Optional("id"),
            input.Text("title"),
            input.Text("titleNote"),
            input.Text("publisher"),
            input.Flag("publisherInferred"),
            input.Text("publisherNote"),
            input.Date("publishedDate"),
            input.Date("updatedDate"),
            input.Text("dateNote"),
            input.Text("language"),
            input.Text("url"),
            input.Text("file"),
            input.Text("text")), context.CancellationToken));
        Mutation(builder, "removeCitation", (steward, context, input) => stewardship.RemoveCitationAsync(steward, new RemoveCitationInput(
            input.Required("source"),
            input.Required("quote"),
            input.Optional("id"),
            input.Optional("from"),
            input.Optional("to"),
            input.Optional("type"),
            input.Flag("removeFact").Value is true), context.CancellationToken));
        Mutation(builder, "link", (steward, context, input) => stewardship.LinkAsync(steward, new LinkInput(
            input.Required("from"),
            input.Required("to"),
            input.Required("type"),
            input.Citation(),
            input.Object("properties") is { } p
                ? new LinkProperties(p.Optional("role"), p.Optional("title"), p.Date("since").Value, p.Date("until").Value, p.Flag("inferred").Value, p.Optional("inferenceNote"),
                    p.Precision("sincePrecision").Value, p.Precision("untilPrecision").Value)
                : null,
            input.Optional("visibility")), context.CancellationToken));
        Mutation(builder, "deleteEntity", (steward, context, _) => stewardship.DeleteEntityAsync(steward, RequiredString(context, "id"), context.CancellationToken));
        Mutation(builder, "unlink", (steward, context, _) => stewardship.UnlinkAsync(
            steward, RequiredString(context, "from"), RequiredString(context, "to"), RequiredString(context, "type"),
            context.Arguments.GetValueOrDefault("reason") as string, context.CancellationToken));

        Field(builder, "AuditEntry", "at", context => SourceAs<AuditEntry>(context).At);
        Field(builder, "AuditEntry", "deleted", context => SourceAs<AuditEntry>(context).Deleted ?? []);
    }

    /// <summary>Binds a mutation: the steward is established before the input is read or anything is written.</summary>
    private void Mutation(
        SchemaBuilder builder,
        string field,
        Func<string, IResolveContext, MutationInput, Task<MutationResult>> run) =>
        Field(builder, "Mutation", field, async context =>
        {
            var steward = Steward(context, StewardOnly.Changes);
            var input = new MutationInput(Map(context.Arguments.GetValueOrDefault("input")) ?? new Dictionary<string, object?>());
            try
            {
                var result = await run(steward, context, input);
                // Committed: the open subscriptions hear of it before the steward's response is sent.
                await PublishAsync(result.Audit);
                return result;
            }
            catch (CypherException e) when (e.Detail == ApiErrors.DiskFullDetail)
            {
                throw ApiErrors.DiskFull();
            }
        });

    /// <summary>The steward whose key the request presents, else the signed-in user when the identity provider gives them the
    /// steward role; refuses <paramref name="what"/> otherwise.</summary>
    private string Steward(IResolveContext context, StewardOnly what)
    {
        var key = presentedKey(context.RequestContext);
        if (string.IsNullOrEmpty(key))
        {
            return signedInUser(context.RequestContext) switch
            {
                { IsSteward: true } user => user.Name,
                { } user => throw ApiErrors.NotAStewardUser(what, user.Name),
                null => throw ApiErrors.Unauthenticated(what),
            };
        }

        return stewards.Verify(key)
            ?? throw ApiErrors.Forbidden(what);
    }
}
