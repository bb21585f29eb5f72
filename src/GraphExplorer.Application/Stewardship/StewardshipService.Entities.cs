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
            RequireText(input.Name, "input.name");
            RequireKind(input.Kind, GraphModel.OrganizationKinds, "input.kind");
            await RequireCitationAsync(m, input.Citation);
            if (input.Country is { } country)
            {
                await m.RequireAsync(country, "input.country", EntityType.Place);
            }

            LinkList[] links = [new("IN_SECTOR", input.Sectors, "input.sectors", EntityType.Sector)];
            await RequireTargetsAsync(m, links);
            var key = await KeyAsync(m, EntityType.Organization, input.Id, input.Name, "input.id");
            var aliases = input.Aliases ?? [];
            await WriteNodeAsync(m, EntityType.Organization, key, new Dictionary<string, object?>
            {
                ["name"] = input.Name.Trim(),
                ["kind"] = input.Kind,
                ["aliases"] = aliases.ToList(),
                ["nameOriginal"] = input.NameOriginal,
                ["description"] = input.Description,
                ["website"] = input.Website,
                ["searchText"] = SearchText.Build([input.Name, .. aliases, input.NameOriginal]),
            }, input.Citation);
            if (input.Country is { } place)
            {
                await LinkOneAsync(m, key, "LOCATED_IN", place, input.Citation, new Dictionary<string, object?>());
            }

            await ReplaceLinksAsync(m, key, links, input.Citation);
            return key;
        }, cancellationToken);

    public Task<MutationResult> UpsertPersonAsync(string steward, PersonInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(steward, "upsertPerson", input, async m =>
        {
            RequireText(input.Name, "input.name");
            await RequireCitationAsync(m, input.Citation);
            var key = await KeyAsync(m, EntityType.Person, input.Id, input.Name, "input.id");
            var aliases = input.Aliases ?? [];
            await WriteNodeAsync(m, EntityType.Person, key, new Dictionary<string, object?>
            {
                ["name"] = input.Name.Trim(),
                ["aliases"] = aliases.ToList(),
                ["searchText"] = SearchText.Build([input.Name, .. aliases]),
            }, input.Citation);
            return key;
        }, cancellationToken);

    public Task<MutationResult> UpsertAgreementAsync(string steward, AgreementInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(steward, "upsertAgreement", input, async m =>
        {
            RequireText(input.Title, "input.title");
            RequireKind(input.Kind, GraphModel.AgreementKinds, "input.kind");
            if (input.Status is { } status)
            {
                RequireKind(status, GraphModel.AgreementStatuses, "input.status");
            }

            RequireDate(input.SignedDate, input.SignedDatePrecision, "input.signedDate", "input.signedDatePrecision");
            var parties = input.Parties.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count();
            if (parties != input.Parties.Count)
            {
                throw ApplicationErrors.ValidationFailed("input.parties", "a party is listed twice");
            }

            if (parties < 2 && !(parties == 1 && !string.IsNullOrWhiteSpace(input.CounterpartyNote)))
            {
                throw ApplicationErrors.ValidationFailed("input.parties",
                    $"an agreement needs at least two parties (or one and a counterpartyNote saying who the unnamed other side is); got {parties}");
            }

            for (var i = 0; i < input.Parties.Count; i++)
            {
                await m.RequireAsync(input.Parties[i].Id, $"input.parties[{i}].id", EntityType.Organization, EntityType.Person);
            }

            LinkList[] links =
            [
                new("IN_SECTOR", input.Sectors, "input.sectors", EntityType.Sector),
                new("IMPLEMENTS", input.Implements, "input.implements", EntityType.Agreement),
            ];
            await RequireTargetsAsync(m, links);
            await RequireCitationAsync(m, input.Citation);
            var key = await KeyAsync(m, EntityType.Agreement, input.Id, input.Title, "input.id");
            if (input.Implements?.Contains(key) == true)
            {
                throw ApplicationErrors.ValidationFailed("input.implements", "an agreement cannot implement itself");
            }

            await WriteNodeAsync(m, EntityType.Agreement, key, new Dictionary<string, object?>
            {
                ["title"] = input.Title.Trim(),
                ["kind"] = input.Kind,
                ["status"] = input.Status,
                ["summary"] = input.Summary,
                // A blank note is no note: stored as absent, so removing a party later cannot lean on it (validate would refuse it).
                ["counterpartyNote"] = string.IsNullOrWhiteSpace(input.CounterpartyNote) ? null : input.CounterpartyNote.Trim(),
                ["signedDate"] = input.SignedDate is { } date ? new CypherDate(date) : null,
                ["signedDatePrecision"] = input.SignedDatePrecision,
                ["searchText"] = SearchText.Build([input.Title]),
            }, input.Citation);
            await ReplaceLinksAsync(m, key, "PARTY_TO", input.Parties.Select(p => p.Id).ToList(), input.Citation, incoming: true,
                roles: input.Parties.ToDictionary(p => p.Id, p => p.Role, StringComparer.Ordinal));
            await ReplaceLinksAsync(m, key, links, input.Citation);
            return key;
        }, cancellationToken);

    public Task<MutationResult> UpsertEventAsync(string steward, EventInput input, CancellationToken cancellationToken = default) =>
        MutateAsync(steward, "upsertEvent", input, async m =>
        {
            RequireText(input.Name, "input.name");
            RequireKind(input.Kind, GraphModel.EventKinds, "input.kind");
            RequireDate(input.StartDate, input.DatePrecision, "input.startDate", "input.datePrecision");
            if (input.EndDate is { } end && (input.StartDate is not { } start || end < start))
            {
                throw ApplicationErrors.ValidationFailed("input.endDate", input.StartDate is null ? "an end date needs a start date" : $"the end ({end:yyyy-MM-dd}) is before the start ({input.StartDate:yyyy-MM-dd})");
            }

            LinkList[] links =
            [
                new("LOCATED_IN", input.Places, "input.places", EntityType.Place),
                new("IN_SECTOR", input.Sectors, "input.sectors", EntityType.Sector),
                new("PART_OF", input.PartOf is { } parent ? [parent] : null, "input.partOf", EntityType.Event, Single: true),
            ];
            await RequireTargetsAsync(m, links);

            await RequireCitationAsync(m, input.Citation);
            var key = await KeyAsync(m, EntityType.Event, input.Id, input.Name, "input.id");
            if (input.PartOf == key)
            {
                throw ApplicationErrors.ValidationFailed("input.partOf", "an event cannot be part of itself");
            }

            await WriteNodeAsync(m, EntityType.Event, key, new Dictionary<string, object?>
            {
                ["name"] = input.Name.Trim(),
                ["kind"] = input.Kind,
                ["startDate"] = input.StartDate is { } s ? new CypherDate(s) : null,
                ["endDate"] = input.EndDate is { } e ? new CypherDate(e) : null,
                ["datePrecision"] = input.DatePrecision,
                ["searchText"] = SearchText.Build([input.Name]),
            }, input.Citation);
            await ReplaceLinksAsync(m, key, links, input.Citation);
            return key;
        }, cancellationToken);

    /// <summary>Sets the node's properties (a null value removes the property), cites the source and stamps both.</summary>
    private static async Task WriteNodeAsync(Mutation m, EntityType type, string key, Dictionary<string, object?> properties, CitationInput citation)
    {
        await m.WriteAsync(
            $"MERGE (n:{GraphModel.Label(type)} {{key: $key}}) SET n += $props {Lineage.StampClause("n")}",
            GraphQueries.Parameters(("key", key), ("props", properties)));
        await m.WriteAsync(
            $"MATCH (n:{GraphModel.Label(type)} {{key: $key}}), (s:Source {{key: $source}}) " +
            $"MERGE (n)-[c:{GraphModel.CitedIn} {{quote: $quote}}]->(s) {Lineage.StampClause("c")}",
            GraphQueries.Parameters(("key", key), ("source", citation.Source), ("quote", citation.Quote)));
    }

    /// <summary>The entity's id: the given one (checked against the type), or a new one made from the name.</summary>
    private static async Task<string> KeyAsync(Mutation m, EntityType type, string? id, string name, string path)
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

    private static async Task RequireCitationAsync(Mutation m, CitationInput citation)
    {
        RequireText(citation.Quote, "input.citation.quote");
        await m.RequireAsync(citation.Source, "input.citation.source", EntityType.Source);
    }

    /// <summary>
    /// An optional list of entities an upsert links the entity to with one relationship type. Null leaves the entity's
    /// relationships of that type as they are; a list (even empty) makes them exactly those. <see cref="Single"/>: the
    /// input field is one id, not a list (errors name it without an index).
    /// </summary>
    private sealed record LinkList(string Type, IReadOnlyList<string>? Targets, string Path, EntityType TargetType, bool Single = false);

    /// <summary>Checks that every target of every list names an existing entity of the list's type.</summary>
    private static async Task RequireTargetsAsync(Mutation m, IEnumerable<LinkList> lists)
    {
        foreach (var list in lists)
        {
            for (var i = 0; i < (list.Targets?.Count ?? 0); i++)
            {
                await m.RequireAsync(list.Targets![i], list.Single ? list.Path : $"{list.Path}[{i}]", list.TargetType);
            }
        }
    }

    /// <summary>Replaces the entity's relationships of each list given (see <see cref="LinkList"/>).</summary>
    private static async Task ReplaceLinksAsync(Mutation m, string key, IEnumerable<LinkList> lists, CitationInput citation)
    {
        foreach (var list in lists)
        {
            if (list.Targets is { } targets)
            {
                await ReplaceLinksAsync(m, key, list.Type, targets, citation);
            }
        }
    }
}
