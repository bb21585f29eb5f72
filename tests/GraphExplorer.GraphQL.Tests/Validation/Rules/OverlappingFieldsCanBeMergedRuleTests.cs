using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    [Theory]
    [InlineData("fragment F on Dog { name name }")]
    [InlineData("fragment F on Dog { otherName: name otherName: name }")]
    [InlineData("fragment F on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("fragment F on Dog { name ...G } fragment G on Dog { name }")]
    [InlineData("fragment F on Pet { ... on Dog { name: nickname } ... on Cat { name } }")]
    [InlineData("{ dog { name } dog { barks } }")]
    [InlineData("fragment F on Dog { name @include(if: true) name }")]
    public void Accepts_mergeable_fields(string query)
    {
        ValidationHarness.ExpectValid<OverlappingFieldsCanBeMergedRule>(query);
    }

    [Fact]
    public void Rejects_same_alias_for_different_fields()
    {
        ValidationHarness.Errors<OverlappingFieldsCanBeMergedRule>("fragment F on Dog { name: nickname name }").Should().Equal(
            "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:21, 1:36");
    }

    [Fact]
    public void Reports_a_conflict_inside_inline_fragments_once()
    {
        ValidationHarness.Errors<OverlappingFieldsCanBeMergedRule>(
            "{ dog { ... on Dog { ... { x: name x: barkVolume } } } }").Should().ContainSingle()
            .Which.Should().StartWith("Fields \"x\" conflict because \"name\" and \"barkVolume\" are different fields.");
    }

    [Fact]
    public void A_duplicated_fragment_name_resolves_to_its_last_definition()
    {
        ValidationHarness.Errors<OverlappingFieldsCanBeMergedRule>(
            "{ dog { x: name ...F } } fragment F on Dog { x: name } fragment F on Dog { x: nickname }").Should().ContainSingle()
            .Which.Should().EndWith("@ 1:9, 1:76");
    }

    [Fact]
    public void Rejects_differing_arguments()
    {
        ValidationHarness.Errors<OverlappingFieldsCanBeMergedRule>("fragment F on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }").Should().Equal(
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. @ 1:21, 1:54");
    }

    [Fact]
    public void Rejects_conflicting_return_types_even_on_different_object_types()
    {
        ValidationHarness.Errors<OverlappingFieldsCanBeMergedRule>("{ catOrDog { ... on Cat { x: meows } ... on Dog { x: barkVolume } } }").Should().Equal(
            "Fields \"x\" conflict because they return conflicting types \"Boolean\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional. @ 1:27, 1:51");
    }

    [Fact]
    public void Reports_deep_conflicts_with_subfield_reasons()
    {
        ValidationHarness.Errors<OverlappingFieldsCanBeMergedRule>("{ dog { x: name } dog { x: barks } }").Should().Equal(
            "Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:3, 1:9, 1:19, 1:25");
    }

    [Fact]
    public void Finds_conflicts_through_fragments()
    {
        ValidationHarness.Errors<OverlappingFieldsCanBeMergedRule>("{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: nickname }").Should().Equal(
            "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:43, 1:73");
    }

    [Fact]
    public void Survives_fragment_cycles()
    {
        ValidationHarness.Errors<OverlappingFieldsCanBeMergedRule>("{ dog { ...A } } fragment A on Dog { name ...B } fragment B on Dog { name ...A }").Should().BeEmpty();
    }

    [Fact]
    public void Allows_different_fields_with_one_alias_on_mutually_exclusive_object_types()
    {
        ValidationHarness.ExpectValid<OverlappingFieldsCanBeMergedRule>(
            "{ catOrDog { ... on Cat { x: name } ... on Dog { x: nickname } } }");
    }

    [Fact]
    public void Rejects_differing_nullability_even_on_exclusive_types()
    {
        var schema = GraphExplorer.GraphQL.Types.SchemaBuilder.FromSdl(
            "type Query { u: U } union U = A | B type A { v: String! } type B { v: String }").Build();
        var errors = GraphExplorer.GraphQL.Validation.DocumentValidator.Validate(schema,
            GraphExplorer.GraphQL.Language.Parser.Parse("{ u { ... on A { v } ... on B { v } } }"), [new OverlappingFieldsCanBeMergedRule()]);
        errors.Should().ContainSingle().Which.Message.Should().Be(
            "Fields \"v\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.");
    }

    [Fact]
    public void Rejects_differing_list_shapes()
    {
        var schema = GraphExplorer.GraphQL.Types.SchemaBuilder.FromSdl(
            "type Query { u: U } union U = A | B type A { v: [Int] } type B { v: Int }").Build();
        var errors = GraphExplorer.GraphQL.Validation.DocumentValidator.Validate(schema,
            GraphExplorer.GraphQL.Language.Parser.Parse("{ u { ... on A { v } ... on B { v } } }"), [new OverlappingFieldsCanBeMergedRule()]);
        errors.Should().ContainSingle().Which.Message.Should().Contain("they return conflicting types \"[Int]\" and \"Int\"");
    }

    [Fact]
    public void Reports_conflicts_between_fragments_spread_in_nested_fields()
    {
        ValidationHarness.Errors<OverlappingFieldsCanBeMergedRule>(
            "{ dog { mother { ...A } mother { ...B } } } fragment A on Dog { n: name } fragment B on Dog { n: barkVolume }").Should().Equal(
            "Fields \"mother\" conflict because subfields \"n\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:65, 1:25, 1:95");
    }

    [Fact]
    public void Ignores_unknown_fragments()
    {
        ValidationHarness.ExpectValid<OverlappingFieldsCanBeMergedRule>("{ dog { name ...Unknown ...Unknown } }");
    }
}
