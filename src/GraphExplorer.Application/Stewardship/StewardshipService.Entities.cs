using System.Text;
using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Loading;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Stewardship;

public sealed partial class StewardshipService
{
    public Task<MutationResult> UpsertOrganizationAsync(string steward, OrganizationInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(steward, "upsertOrganization", input, async m =>
        {
            await RequireCitationAsync(m, input.Citation);
            var linkInference = LinkInference.Of(input.LinksInferred, input.LinksInferenceNote);
            if (input.Country.Value is { } country)
            {
                await m.RequireAsync(country, "input.country", EntityType.Place);
            }

            LinkList[] links = [new("IN_SECTOR", input.Sectors, "input.sectors", EntityType.Sector)];
            await RequireTargetsAsync(m, links);
            var key = await KeyAsync(m, EntityType.Organization, input.Id, input.Name.Value, "input.id");
            var node = new NodeChanges(await m.StoredAsync(key));
            node.RequiredText("name", input.Name, "input.name", "organization");
            node.RequiredText("kind", input.Kind, "input.kind", "organization");
            RequireKind(node.FinalText("kind")!, GraphModel.OrganizationKinds, "input.kind");
            node.List("aliases", input.Aliases, "input.aliases");
            node.Text("nameOriginal", input.NameOriginal);
            node.Text("description", input.Description);
            node.Text("website", input.Website);
            node.Inference(input.Inferred, input.InferenceNote, "input");
            Visibility(node, input.Visibility);
            await WriteNodeAsync(m, EntityType.Organization, key, node, input.Citation);
            var linked = input.Country.IsGiven ? await SetCountryAsync(m, key, input.Country.Value, input.Citation, linkInference) : 0;
            linked += await EditLinksAsync(m, key, links, input.Citation, linkInference);
            linkInference.RequireApplied(linked);
            return key;
        }, cancellationToken);

    public Task<MutationResult> UpsertPersonAsync(string steward, PersonInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(steward, "upsertPerson", input, async m =>
        {
            await RequireCitationAsync(m, input.Citation);
            var key = await KeyAsync(m, EntityType.Person, input.Id, input.Name.Value, "input.id");
            var node = new NodeChanges(await m.StoredAsync(key));
            node.RequiredText("name", input.Name, "input.name", "person");
            node.List("aliases", input.Aliases, "input.aliases");
            node.Inference(input.Inferred, input.InferenceNote, "input");
            Visibility(node, input.Visibility);
            await WriteNodeAsync(m, EntityType.Person, key, node, input.Citation);
            return key;
        }, cancellationToken);

    public Task<MutationResult> UpsertAgreementAsync(string steward, AgreementInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(steward, "upsertAgreement", input, async m =>
        {
            LinkList[] links =
            [
                new("IN_SECTOR", input.Sectors, "input.sectors", EntityType.Sector),
                new("IMPLEMENTS", input.Implements, "input.implements", EntityType.Agreement),
            ];
            await RequireTargetsAsync(m, links);
            await RequireCitationAsync(m, input.Citation);
            var linkInference = LinkInference.Of(input.LinksInferred, input.LinksInferenceNote);
            var key = await KeyAsync(m, EntityType.Agreement, input.Id, input.Title.Value, "input.id");
            if (input.Implements?.Named.Contains(key) == true)
            {
                throw ApplicationErrors.ValidationFailed("input.implements", "an agreement cannot implement itself");
            }

            var node = new NodeChanges(await m.StoredAsync(key));
            node.RequiredText("title", input.Title, "input.title", "agreement");
            node.RequiredText("kind", input.Kind, "input.kind", "agreement");
            RequireKind(node.FinalText("kind")!, GraphModel.AgreementKinds, "input.kind");
            node.Text("status", input.Status);
            if (node.FinalText("status") is { } status && node.Gives("status"))
            {
                RequireKind(status, GraphModel.AgreementStatuses, "input.status");
            }

            node.Text("summary", input.Summary);
            node.Text("counterpartyNote", input.CounterpartyNote);
            node.Date("signedDate", input.SignedDate);
            node.Text("signedDatePrecision", input.SignedDatePrecision);
            node.Text("dateText", input.DateText);
            node.Text("dateNote", input.DateNote);
            node.List("aliases", input.Aliases, "input.aliases");
            if (node.IsNew || node.Gives("signedDate", "signedDatePrecision"))
            {
                RequireDate(node.FinalDate("signedDate"), node.FinalText("signedDatePrecision"), "input.signedDate", "input.signedDatePrecision");
            }

            node.DateQualifier(input.DateQualifier, "signedDatePrecision", "input.dateQualifier");
            TermDate(node, "effective", input.EffectiveDate, input.EffectiveDatePrecision, input.EffectiveDateBasis);
            TermDate(node, "expiry", input.ExpiryDate, input.ExpiryDatePrecision, input.ExpiryDateBasis);
            TermDate(node, "renewal", input.RenewalDate, input.RenewalDatePrecision, input.RenewalDateBasis);
            if (node.Gives("effectiveDate", "effectiveDatePrecision", "expiryDate", "expiryDatePrecision")
                && AgreementTermOrder.Problem(FinalTermDate(node, "effective"), FinalTermDate(node, "expiry")) is { } termOrder)
            {
                throw ApplicationErrors.ValidationFailed(node.Gives("expiryDate", "expiryDatePrecision") ? "input.expiryDate" : "input.effectiveDate", termOrder);
            }

            var parties = await EditPartiesAsync(m, key, node, input.Parties);
            node.Inference(input.Inferred, input.InferenceNote, "input");
            Visibility(node, input.Visibility);
            await WriteNodeAsync(m, EntityType.Agreement, key, node, input.Citation);
            var linked = await WritePartiesAsync(m, key, parties, input.Citation, linkInference);
            linked += await EditLinksAsync(m, key, links, input.Citation, linkInference);
            linkInference.RequireApplied(linked);
            return key;
        }, cancellationToken);

    public Task<MutationResult> UpsertEventAsync(string steward, EventInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(steward, "upsertEvent", input, async m =>
        {
            LinkList[] links =
            [
                new("LOCATED_IN", input.Places, "input.places", EntityType.Place),
                new("IN_SECTOR", input.Sectors, "input.sectors", EntityType.Sector),
                new("PART_OF", input.PartOf.IsGiven ? ListEdit<string>.Replacing(input.PartOf.Value is { } parent ? [parent] : []) : null,
                    "input.partOf", EntityType.Event, Single: true),
            ];
            await RequireTargetsAsync(m, links);
            await RequireCitationAsync(m, input.Citation);
            var linkInference = LinkInference.Of(input.LinksInferred, input.LinksInferenceNote);
            var key = await KeyAsync(m, EntityType.Event, input.Id, input.Name.Value, "input.id");
            if (input.PartOf.Value == key)
            {
                throw ApplicationErrors.ValidationFailed("input.partOf", "an event cannot be part of itself");
            }

            var node = new NodeChanges(await m.StoredAsync(key));
            node.RequiredText("name", input.Name, "input.name", "event");
            node.RequiredText("kind", input.Kind, "input.kind", "event");
            RequireKind(node.FinalText("kind")!, GraphModel.EventKinds, "input.kind");
            node.Date("startDate", input.StartDate);
            node.Date("endDate", input.EndDate);
            node.Text("datePrecision", input.DatePrecision);
            node.Text("dateText", input.DateText);
            node.Text("dateNote", input.DateNote);
            node.List("aliases", input.Aliases, "input.aliases");
            if (node.IsNew || node.Gives("startDate", "endDate", "datePrecision"))
            {
                var start = node.FinalDate("startDate");
                RequireDate(start, node.FinalText("datePrecision"), "input.startDate", "input.datePrecision");
                if (node.FinalDate("endDate") is { } end && (start is null || end < start))
                {
                    throw ApplicationErrors.ValidationFailed("input.endDate", start is null ? "an end date needs a start date" : $"the end ({end:yyyy-MM-dd}) is before the start ({start:yyyy-MM-dd})");
                }
            }

            node.DateQualifier(input.DateQualifier, "datePrecision", "input.dateQualifier");

            node.Inference(input.Inferred, input.InferenceNote, "input");
            Visibility(node, input.Visibility);

            await WriteNodeAsync(m, EntityType.Event, key, node, input.Citation);
            linkInference.RequireApplied(await EditLinksAsync(m, key, links, input.Citation, linkInference));
            return key;
        }, cancellationToken);

    /// <summary>
    /// Sets the node's changed properties (a null value removes the property) and its derived <c>searchText</c>, and
    /// stamps it. The citation goes on the node only when the input changed a property of it (or created it): a change
    /// to its relationships alone cites those relationships, not the node.
    /// </summary>
    private static async Task WriteNodeAsync(Mutation m, EntityType type, string key, NodeChanges node, CitationInput citation)
    {
        var cites = node.IsNew || node.Any;
        await m.WriteAsync(
            $"MERGE (n:{GraphModel.Label(type)} {{key: $key}}) SET n += $props {Lineage.StampClause("n")}",
            GraphQueries.Parameters(("key", key), ("props", node.ToWrite())));
        if (cites)
        {
            await m.WriteAsync(
                $"MATCH (n:{GraphModel.Label(type)} {{key: $key}}), (s:Source {{key: $source}}) " +
                $"MERGE (n)-[c:{GraphModel.CitedIn} {{quote: $quote}}]->(s) SET c += $inference {Lineage.StampClause("c")}",
                GraphQueries.Parameters(("key", key), ("source", citation.Source), ("quote", citation.Quote), ("inference", new Dictionary<string, object?>
                {
                    [Inference.InferredProperty] = citation.Inferred is true ? true : null,
                    [Inference.NoteProperty] = citation.Note,
                })));
        }
    }

    /// <summary>
    /// The organisation's country: the one LOCATED_IN link to a place of kind country is replaced by one to
    /// <paramref name="country"/> (null: removed). Links to cities and regions are left as they are.
    /// </summary>
    /// <returns>The number of relationships it linked (1 for a new country, else 0).</returns>
    private static async Task<int> SetCountryAsync(Mutation m, string key, string? country, CitationInput citation, LinkInference inference)
    {
        await m.WriteAsync(
            $"MATCH (n:{GraphModel.Label(EntityType.Organization)} {{key: $key}})-[r:LOCATED_IN]->(p:Place {{kind: 'country'}}) " +
            "WHERE $country IS NULL OR p.key <> $country DELETE r",
            GraphQueries.Parameters(("key", key), ("country", country)));
        if (country is null || (await TargetsAsync(m, key, "LOCATED_IN", incoming: false)).Contains(country))
        {
            return 0;
        }

        await LinkOneAsync(m, key, "LOCATED_IN", country, citation, inference.Properties());
        return 1;
    }

    /// <summary>The entity's id: the given one (checked against the type), or a new one made from the name.</summary>
    private static async Task<string> KeyAsync(Mutation m, EntityType type, string? id, string? name, string path)
    {

        var prefix = GraphModel.KeyPrefix(type);
        if (id is not null)
        {
            var slug = id.StartsWith(prefix, StringComparison.Ordinal) ? id[prefix.Length..] : null;
            if (slug is null || slug.Length == 0 || slug.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
            {
                throw ApplicationErrors.ValidationFailed(path, $"'{id}' is not the id of {GraphModel.DescribeIds([type])}: '{prefix}' then lower-case letters, digits and '-'");
            }

            return id;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            var field = type is EntityType.Agreement or EntityType.Source ? "title" : "name";
            throw ApplicationErrors.ValidationFailed($"input.{field}", $"a new {type.ToString().ToLowerInvariant()} needs its {field} (or give the id of the one to change)");
        }

        var baseKey = prefix + Slug(name);
        var key = baseKey;
        for (var n = 2; await m.ExistsAsync(key); n++)
        {
            key = $"{baseKey}-{n}";
        }

        return key;
    }

    internal static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in SearchText.Normalize(name))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        slug = slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
        return slug.Length == 0 ? Guid.NewGuid().ToString("N")[..12] : slug;
    }

    private static void RequireText(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw ApplicationErrors.ValidationFailed(path, "must not be empty");
        }
    }

    private static void RequireKind(string kind, IReadOnlySet<string> allowed, string path)
    {
        if (!allowed.Contains(kind))
        {
            throw ApplicationErrors.ValidationFailed(path, $"'{kind}' is not one of {string.Join(", ", allowed.Order(StringComparer.Ordinal))}");
        }
    }

    /// <summary>
    /// A date of an agreement's term (<paramref name="name"/>: <c>effective</c>, <c>expiry</c>, <c>renewal</c>), kept as
    /// <c>…Date</c>, <c>…DatePrecision</c> and <c>…DateBasis</c> (cypher/README.md, "Agreement term"): checked like the
    /// signing date when the input touches it, and a basis only with the date it explains.
    /// </summary>
    private static void TermDate(NodeChanges node, string name, Patch<DateOnly?> date, Patch<string> precision, Patch<string> basis)
    {
        string dateProperty = name + "Date", precisionProperty = name + "DatePrecision", basisProperty = name + "DateBasis";
        node.Date(dateProperty, date);
        node.Text(precisionProperty, precision);
        node.Text(basisProperty, basis);
        if (node.Gives(dateProperty, precisionProperty, basisProperty))
        {
            RequireDate(node.FinalDate(dateProperty), node.FinalText(precisionProperty), "input." + dateProperty, "input." + precisionProperty);
            if (node.FinalDate(dateProperty) is null && node.FinalText(basisProperty) is not null)
            {
                throw ApplicationErrors.ValidationFailed("input." + basisProperty, "a basis needs the date it explains");
            }
        }
    }

    /// <summary>A date of an agreement's term as it will be after the change, at its precision.</summary>
    private static PartialDate? FinalTermDate(NodeChanges node, string name) =>
        PartialDate.Read(node.FinalDate(name + "Date"), node.FinalText(name + "DatePrecision"));

    /// <summary>A date and its precision go together, and a month or year precision date is the first day of it.</summary>
    private static void RequireDate(DateOnly? date, string? precision, string datePath, string precisionPath)
    {
        switch (date, precision)
        {
            case (null, null):
                return;
            case (null, _):
                throw ApplicationErrors.ValidationFailed(precisionPath, "a precision needs a date");
            case (_, null):
                throw ApplicationErrors.ValidationFailed(precisionPath, "a date needs its precision (day, month or year)");
        }

        RequireKind(precision, GraphModel.DatePrecisions, precisionPath);
        var value = date.Value;
        if ((precision == "month" && value.Day != 1) || (precision == "year" && (value.Day != 1 || value.Month != 1)))
        {
            throw ApplicationErrors.ValidationFailed(datePath, $"{value:yyyy-MM-dd} with {precision} precision must be the first day of the {precision}");
        }
    }

    /// <summary>
    /// The citation names an existing source and quotes it: when the source's <c>text</c> is stored, the quote must
    /// occur in it (<see cref="QuoteText"/>: whitespace and typographic quotes aside, verbatim), or the change is
    /// refused with the closest passage, so a paraphrase or an invented sentence never becomes evidence.
    /// </summary>
    private static async Task RequireCitationAsync(Mutation m, CitationInput citation)
    {
        RequireText(citation.Quote, "input.citation.quote");
        if (Inference.Problem(citation.Inferred is true ? true : null, citation.Note) is { } problem)
        {
            throw ApplicationErrors.ValidationFailed(citation.Inferred is true ? "input.citation.inferenceNote" : "input.citation.inferred", $"the citation {problem}");
        }

        await m.RequireAsync(citation.Source, "input.citation.source", EntityType.Source);
        var rows = await m.ReadAsync("MATCH (s:Source {key: $key}) RETURN s.text AS text", GraphQueries.Parameters(("key", citation.Source)));
        if (rows[0]["text"] is string text && !QuoteText.Occurs(text, citation.Quote))
        {
            var closest = QuoteText.ClosestPassage(text, citation.Quote);
            throw ApplicationErrors.ValidationFailed("input.citation.quote",
                $"the quote does not occur in the text of {citation.Source}" + (closest is null ? "" : $"; the closest passage is \"{closest}\""));
        }
    }

    /// <summary>
    /// An optional edit of the entities an upsert links the entity to with one relationship type. Null leaves the
    /// entity's relationships of that type as they are. <see cref="Single"/>: the input field is one id, not a list
    /// (errors name it without an index).
    /// </summary>
    private sealed record LinkList(string Type, ListEdit<string>? Edit, string Path, EntityType TargetType, bool Single = false);

    /// <summary>Checks that every target a list keeps or adds names an existing entity of the list's type.</summary>
    private static async Task RequireTargetsAsync(Mutation m, IEnumerable<LinkList> lists)
    {
        foreach (var list in lists)
        {
            var targets = list.Edit?.Named.ToList() ?? [];
            for (var i = 0; i < targets.Count; i++)
            {
                await m.RequireAsync(targets[i], list.Single ? list.Path : $"{list.Path}[{i}]", list.TargetType);
            }
        }
    }

    /// <summary>Applies each list edit given to the entity's relationships of its type (see <see cref="EditLinksAsync(Mutation, string, string, ListEdit{string}, string, CitationInput, LinkInference)"/>).</summary>
    /// <returns>The number of relationships they linked.</returns>
    private static async Task<int> EditLinksAsync(Mutation m, string key, IEnumerable<LinkList> lists, CitationInput citation, LinkInference inference)
    {
        var linked = 0;
        foreach (var list in lists)
        {
            if (list.Edit is { } edit)
            {
                linked += await EditLinksAsync(m, key, list.Type, edit, list.Path, citation, inference);
            }
        }

        return linked;
    }
}
