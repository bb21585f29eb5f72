using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Quality;
using GraphExplorer.Application.Tests.Support;
using GraphExplorer.Database;
using GraphExplorer.TestSupport.Backends;

namespace GraphExplorer.Application.Tests.Quality;

[Collection(SeedGraphCollection.Name)]
public sealed class GraphValidatorTests(SeedGraphFixture fixture)
{
    /// <summary>
    /// The seeds break no rule. Every single-party agreement of the seeds (the two ULB MoUs and the AGC Glass Europe
    /// agreement in principle, article 002) says in its counterpartyNote that the source does not name the other side.
    /// </summary>
    [Fact]
    public async Task The_seed_graph_breaks_no_rule()
    {
        var violations = await new GraphValidator(fixture.Database).ValidateAsync();

        violations.Should().BeEmpty();
    }

    [Fact]
    public async Task The_single_party_agreements_of_the_seeds_each_document_their_unnamed_counterparty()
    {
        var rows = await fixture.Database.ReadAsync(
            "MATCH (a:Agreement) WHERE COUNT { (a)<-[:PARTY_TO]-() } = 1 RETURN a.key AS key, a.counterpartyNote AS note ORDER BY key");

        rows.Select(r => r.Get<string>("key")).Should().Equal(
            "agr:agc-glass-europe-anechoic-chambers-2016", "agr:ulb-japanese-university-mou-1", "agr:ulb-japanese-university-mou-2");
        rows.Should().OnlyContain(r => r.Get<string>("note").Contains("pas nommée"));
    }

    [Fact]
    public async Task A_single_party_agreement_passes_only_with_a_counterpartyNote_that_says_something()
    {
        await using var database = await GraphAsync("""
                CREATE (s:Source {key: 'src:a', title: 'A'}),
                       (o:Organization {key: 'org:one', name: 'One', kind: 'company'})-[:CITED_IN {quote: 'q'}]->(s),
                       (t:Organization {key: 'org:two', name: 'Two', kind: 'company'})-[:CITED_IN {quote: 'q'}]->(s)
                WITH s, o, t
                UNWIND [
                  {key: 'agr:noted', note: 'The other party is not named in the source.', parties: 1},
                  {key: 'agr:silent', note: null, parties: 1},
                  {key: 'agr:blank', note: '   ', parties: 1},
                  {key: 'agr:not-text', note: 42, parties: 1},
                  {key: 'agr:nobody', note: 'Nobody is named.', parties: 0},
                  {key: 'agr:pair', note: null, parties: 2}
                ] AS row
                CREATE (a:Agreement {key: row.key, title: row.key, kind: 'mou'})-[:CITED_IN {quote: 'q'}]->(s)
                SET a.counterpartyNote = row.note
                FOREACH (_ IN CASE WHEN row.parties >= 1 THEN [1] ELSE [] END | CREATE (o)-[:PARTY_TO {sources: ['src:a'], quotes: ['q']}]->(a))
                FOREACH (_ IN CASE WHEN row.parties >= 2 THEN [1] ELSE [] END | CREATE (t)-[:PARTY_TO {sources: ['src:a'], quotes: ['q']}]->(a))
                """);

        var violations = await new GraphValidator(database).ValidateAsync();

        violations.Where(v => v.Rule == ValidationRules.AgreementParties).Select(v => (v.Target, v.Message)).Should().Equal(
            ("agr:blank", "has 1 party and a counterpartyNote that is blank or not text; an agreement needs at least two"),
            ("agr:nobody", "has 0 parties; an agreement needs at least two"),
            ("agr:not-text", "has 1 party and a counterpartyNote that is blank or not text; an agreement needs at least two"),
            ("agr:silent", "has 1 party and no counterpartyNote; an agreement needs at least two"));
        violations.Should().OnlyContain(v => v.Rule == ValidationRules.AgreementParties);
    }

    [Fact]
    public async Task A_broken_graph_reports_each_kind_of_violation()
    {
        await using var database = await GraphAsync("""
                CREATE (s:Source {key: 'src:a', title: 'A'}),
                       (o:Organization {key: 'org:one', name: 'One', kind: 'company'})-[:CITED_IN {quote: 'q'}]->(s),
                       (u:Organization {key: 'org:uncited', name: 'Uncited', kind: 'company'}),
                       (k:Organization {key: 'org:odd', name: 'Odd', kind: 'guild'})-[:CITED_IN {quote: 'q'}]->(s),
                       (a:Agreement {key: 'agr:lonely', title: 'Lonely', kind: 'mou', signedDate: date('2024-06-15'), signedDatePrecision: 'month'})-[:CITED_IN {quote: 'q'}]->(s),
                       (e:Event {key: 'evt:backwards', name: 'Backwards', kind: 'workshop', startDate: date('2024-06-10'), endDate: date('2024-06-01'), datePrecision: 'day'})-[:CITED_IN {quote: 'q'}]->(s),
                       (t:Event {key: 'evt:text-date', name: 'Text date', kind: 'workshop', startDate: '2024-06-10', datePrecision: 'day'})-[:CITED_IN {quote: 'q'}]->(s),
                       (o)-[:PARTY_TO {sources: ['src:a'], quotes: ['q']}]->(a),
                       (o)-[:PARTICIPATED_IN]->(e),
                       (o)-[:ORGANIZED {sources: ['src:missing'], quotes: ['q']}]->(e),
                       (o)-[:ORGANIZED {sources: ['src:a', 'src:a'], quotes: ['q']}]->(t),
                       (a)-[:IN_SECTOR {sources: ['src:a'], quotes: ['q']}]->(o),
                       (o)-[:CITED_IN {quote: 'q'}]->(a)
                """);

        var violations = await new GraphValidator(database).ValidateAsync();

        violations.Select(v => (v.Rule, v.Target)).Should().BeEquivalentTo(new[]
        {
            (ValidationRules.AgreementParties, "agr:lonely"),
            (ValidationRules.InvalidDate, "agr:lonely"),
            (ValidationRules.InvalidDate, "evt:backwards"),
            (ValidationRules.InvalidDate, "evt:text-date"),
            (ValidationRules.NodeWithoutSource, "org:uncited"),
            (ValidationRules.KeyOrKind, "org:odd"),
            (ValidationRules.RelationshipWithoutSource, "org:one|PARTICIPATED_IN|evt:backwards"),
            (ValidationRules.RelationshipWithoutSource, "org:one|ORGANIZED|evt:text-date"),
            (ValidationRules.DanglingReference, "org:one|ORGANIZED|evt:backwards"),
            (ValidationRules.DanglingReference, "org:one"),
            (ValidationRules.RelationshipShape, "agr:lonely|IN_SECTOR|org:one"),
        });
        violations.Single(v => v.Target == "evt:text-date").Message.Should().Contain("String");
        violations.Single(v => v.Rule == ValidationRules.AgreementParties).Message.Should().Contain("1 party");
    }

    [Fact]
    public async Task An_expiry_before_the_effective_date_is_a_violation_only_when_certain_at_their_precision()
    {
        await using var database = await GraphAsync("""
                CREATE (s:Source {key: 'src:a', title: 'A'}),
                       (b:Agreement {key: 'agr:backwards', title: 'Backwards', kind: 'mou', counterpartyNote: 'a partner',
                                     effectiveDate: date('2021-06-01'), effectiveDatePrecision: 'day', expiryDate: date('2021-05-31'), expiryDatePrecision: 'day'})-[:CITED_IN {quote: 'q'}]->(s),
                       (y:Agreement {key: 'agr:same-year', title: 'Same year', kind: 'mou', counterpartyNote: 'a partner',
                                     effectiveDate: date('2021-06-01'), effectiveDatePrecision: 'day', expiryDate: date('2021-01-01'), expiryDatePrecision: 'year'})-[:CITED_IN {quote: 'q'}]->(s),
                       (f:Agreement {key: 'agr:forwards', title: 'Forwards', kind: 'mou', counterpartyNote: 'a partner',
                                     effectiveDate: date('2021-06-01'), expiryDate: date('2026-06-01')})-[:CITED_IN {quote: 'q'}]->(s)
                """);

        var violations = await new GraphValidator(database).ValidateAsync();

        violations.Where(v => v.Rule == ValidationRules.InvalidDate).Select(v => (v.Target, v.Message)).Should().Equal(
            ("agr:backwards", "expiryDate 2021-05-31 is before effectiveDate 2021-06-01: an agreement cannot expire before it takes effect"));
    }

    /// <summary>A small hand-made graph in a database of its own, on the backend under test.</summary>
    [Fact]
    public async Task Inferred_facts_must_say_why_and_a_reason_needs_the_inferred_flag()
    {
        await using var database = await GraphAsync("""
                CREATE (s:Source {key: 'src:a', title: 'A'}),
                       (ok:Person {key: 'person:ok', name: 'Ok', inferred: true, inferenceNote: 'The article gives only the title.'})-[:CITED_IN {quote: 'q'}]->(s),
                       (silent:Person {key: 'person:silent', name: 'Silent', inferred: true})-[:CITED_IN {quote: 'q'}]->(s),
                       (stray:Person {key: 'person:stray', name: 'Stray', inferenceNote: 'A reason without the flag.'})-[:CITED_IN {quote: 'q'}]->(s),
                       (text:Person {key: 'person:text', name: 'Text', inferred: 'yes', inferenceNote: 'r'})-[:CITED_IN {quote: 'q', inferred: true, inferenceNote: '  '}]->(s),
                       (o:Organization {key: 'org:o', name: 'O', kind: 'company'})-[:CITED_IN {quote: 'q'}]->(s),
                       (ok)-[:HOLDS_ROLE {title: 't', sources: ['src:a'], quotes: ['q'], inferred: true}]->(o)
                """);

        var violations = await new GraphValidator(database).ValidateAsync();

        violations.Where(v => v.Rule == ValidationRules.Inference).Select(v => (v.Target, v.Message)).Should().Equal(
            ("person:ok|HOLDS_ROLE|org:o", "is inferred but its inferenceNote does not say why"),
            ("person:silent", "is inferred but its inferenceNote does not say why"),
            ("person:stray", "has an inferenceNote but is not marked inferred: true"),
            ("person:text", "inferred is a String, not a Boolean"),
            ("person:text|CITED_IN|src:a", "is inferred but its inferenceNote does not say why"));
    }

    [Fact]
    public async Task A_date_qualifier_must_name_a_part_of_the_month_or_year_its_date_is_known_to()
    {
        await using var database = await GraphAsync("""
                CREATE (s:Source {key: 'src:a', title: 'A'}),
                       (:Event {key: 'evt:late-may', name: 'a', kind: 'workshop', startDate: date('2025-05-01'), datePrecision: 'month', dateQualifier: 'late'})-[:CITED_IN {quote: 'q'}]->(s),
                       (:Event {key: 'evt:spring', name: 'b', kind: 'workshop', startDate: date('2026-01-01'), datePrecision: 'year', dateQualifier: 'spring'})-[:CITED_IN {quote: 'q'}]->(s),
                       (:Event {key: 'evt:late-day', name: 'c', kind: 'workshop', startDate: date('2025-05-30'), datePrecision: 'day', dateQualifier: 'late'})-[:CITED_IN {quote: 'q'}]->(s),
                       (:Event {key: 'evt:teatime', name: 'd', kind: 'workshop', startDate: date('2025-05-01'), datePrecision: 'month', dateQualifier: 'teatime'})-[:CITED_IN {quote: 'q'}]->(s)
                """);

        var violations = await new GraphValidator(database).ValidateAsync();

        violations.Where(v => v.Rule == ValidationRules.InvalidDate).Select(v => (v.Target, v.Message)).Should().Equal(
            ("evt:late-day", "dateQualifier 'late' needs a date of month precision, not 'day'"),
            ("evt:teatime", "dateQualifier 'teatime' is not one of autumn, early, late, mid, spring, summer, winter"));
    }

    [Fact]
    public async Task A_lifecycle_state_must_be_of_the_model_on_an_agreement_dated_at_its_precision_and_agree_with_the_signing_date()
    {
        await using var database = await GraphAsync("""
                CREATE (s:Source {key: 'src:a', title: 'A'}),
                       (a:Agreement {key: 'agr:a', title: 'a', kind: 'mou', signedDate: date('2024-06-11'), signedDatePrecision: 'day'}),
                       (a)-[:CITED_IN {quote: 'q1', status: 'signed', since: date('2024-06-11'), sincePrecision: 'day'}]->(s),
                       (a)-[:CITED_IN {quote: 'q2', status: 'signed', since: date('2024-06-01'), sincePrecision: 'month'}]->(s),
                       (a)-[:CITED_IN {quote: 'q3', status: 'dormant'}]->(s),
                       (a)-[:CITED_IN {quote: 'q4', status: 'renewed', since: date('2025-03-15'), sincePrecision: 'month'}]->(s),
                       (a)-[:CITED_IN {quote: 'q5', status: 'active', asOf: date('2025-04-01'), asOfPrecision: 'month'}]->(s),
                       (:Organization {key: 'org:o', name: 'o', kind: 'company'})-[:CITED_IN {quote: 'q', status: 'signed'}]->(s)
                """);

        var violations = (await new GraphValidator(database).ValidateAsync())
            .Where(v => v.Rule is ValidationRules.Lifecycle or ValidationRules.InvalidDate)
            .Select(v => (v.Rule, v.Target, v.Message));

        violations.Should().Equal(
            (ValidationRules.InvalidDate, "agr:a|CITED_IN|src:a", "since 2025-03-15 has month precision but is not the 1st of the month"),
            (ValidationRules.Lifecycle, "agr:a|CITED_IN|src:a",
                "status 'dormant' is not one of announced, under_negotiation, concluded, signed, in_force, implemented, active, renewed, expired, terminated"),
            (ValidationRules.Lifecycle, "agr:a|CITED_IN|src:a", "the signed state's date 2024-06 differs from the agreement's signedDate 2024-06-11"),
            (ValidationRules.Lifecycle, "org:o|CITED_IN|src:a", "a lifecycle state (status, since, asOf) is stated on a citation of an agreement only"));
    }

    private static async Task<IGraphDatabase> GraphAsync(string cypher)
    {
        var database = await TestBackend.CreateDatabaseAsync();
        await using var session = database.OpenSession();
        await session.RunAsync(cypher);
        return database;
    }
}
