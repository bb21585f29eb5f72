using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

public sealed class AbstractTypeTests
{
    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, bool Meows);

    private sealed record Human(string Name);

    private const string Sdl = """
        interface Named { name: String }
        interface Pet implements Named { name: String }
        type Dog implements Pet & Named { name: String barks: Boolean }
        type Cat implements Pet & Named { name: String meows: Boolean }
        type Human implements Named { name: String }
        union Being = Dog | Cat | Human
        type Query { pets: [Pet] beings: [Being] named: [Named] }
        """;

    private static readonly object[] Data = [new Dog("Odie", true), new Cat("Garfield", false), new Human("Jon")];

    [Fact]
    public async Task Interface_resolves_with_its_type_resolver()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindField("Query", "pets", _ => Data.Take(2))
            .BindResolveType("Pet", (value, _) => value is Dog ? "Dog" : "Cat")
            .Build();
        var json = await Run.Json(schema, "{ pets { __typename name ... on Dog { barks } ... on Cat { meows } } }");
        json.Should().Be("""{"data":{"pets":[{"__typename":"Dog","name":"Odie","barks":true},{"__typename":"Cat","name":"Garfield","meows":false}]}}""");
    }

    [Fact]
    public async Task Union_resolves_with_is_type_of()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindField("Query", "beings", _ => Data)
            .BindIsTypeOf("Dog", v => v is Dog)
            .BindIsTypeOf("Cat", v => v is Cat)
            .BindIsTypeOf("Human", v => v is Human)
            .Build();
        var json = await Run.Json(schema, "{ beings { __typename ... on Named { name } } }");
        json.Should().Be("""{"data":{"beings":[{"__typename":"Dog","name":"Odie"},{"__typename":"Cat","name":"Garfield"},{"__typename":"Human","name":"Jon"}]}}""");
    }

    [Fact]
    public async Task Without_resolvers_the_clr_class_name_or_a_typename_entry_decides()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindField("Query", "named", _ => new object[] { new Human("Jon"), new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex" } })
            .Build();
        var json = await Run.Json(schema, "{ named { __typename name } }");
        json.Should().Be("""{"data":{"named":[{"__typename":"Human","name":"Jon"},{"__typename":"Dog","name":"Rex"}]}}""");
    }

    [Fact]
    public async Task Unresolvable_and_impossible_types_are_field_errors()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindField("Query", "pets", _ => new object[] { new Human("Jon"), 42 })
            .BindResolveType("Pet", (value, _) => value is Human ? "Human" : null)
            .Build();
        var result = await Run.Execute(schema, "{ pets { name } }");
        result.ToJson().Should().EndWith("\"data\":{\"pets\":[null,null]}}");
        result.Errors!.Select(e => e.Message).Should().Equal(
            "Runtime Object type \"Human\" is not a possible type for \"Pet\".",
            "Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pets\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        result.Errors![0].Path.Should().Equal("pets", 0);
    }

    [Fact]
    public async Task Resolving_to_an_unknown_type_name_is_a_field_error()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindField("Query", "pets", _ => new object[] { new Dog("Odie", true) })
            .BindResolveType("Pet", (_, _) => "Wolf")
            .Build();
        var result = await Run.Execute(schema, "{ pets { name } }");
        result.Errors.Should().ContainSingle().Which.Message.Should().Be("Abstract type \"Pet\" was resolved to a type \"Wolf\" that does not exist inside the schema.");
    }
}
