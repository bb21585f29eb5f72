using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>The API words every code of the model in English, French and Japanese, as the web client does (its
/// dictionaries are the one home of those words).</summary>
public sealed class CodeLabelsTests
{
    [Fact]
    public void Every_drawable_relationship_type_has_a_form_in_each_interface_language()
    {
        GraphModel.DrawableRelationshipTypes.Should().AllSatisfy(type =>
            Forms(CodeLabels.Relationship(type)).Should().OnlyContain(f => !string.IsNullOrWhiteSpace(f), $"{type} reads in every interface language"));
        Forms(CodeLabels.Relationship("DIPLOMATIC_RELATIONS")).Should().Equal("diplomatic relations", "relations diplomatiques avec", "外交関係");
    }

    [Fact]
    public void Every_entity_type_and_stored_kind_has_a_form_in_each_interface_language()
    {
        var kinds = new (EntityType Type, IEnumerable<string> Kinds)[]
        {
            (EntityType.Organization, GraphModel.OrganizationKinds), (EntityType.Agreement, GraphModel.AgreementKinds),
            (EntityType.Event, GraphModel.EventKinds), (EntityType.Place, GraphModel.PlaceKinds), (EntityType.Fact, GraphModel.FactKinds),
        };

        GraphModel.EntityTypes.Should().AllSatisfy(type => Forms(CodeLabels.EntityType(type)).Should().OnlyContain(f => !string.IsNullOrWhiteSpace(f), $"{type}"));
        kinds.SelectMany(k => k.Kinds.Select(kind => (k.Type, Kind: kind))).Should().AllSatisfy(k =>
            Forms(CodeLabels.Kind(k.Type, k.Kind)).Should().OnlyContain(f => !string.IsNullOrWhiteSpace(f), $"{k.Type} kind {k.Kind}"));
    }

    [Fact]
    public void A_code_the_dictionaries_do_not_know_has_no_form_rather_than_an_invented_one()
    {
        Forms(CodeLabels.Relationship("NOT_A_TYPE")).Should().Equal(null, null, null);
    }

    private static string?[] Forms(LocalizedNames names) => [names.En, names.Fr, names.Ja];
}
