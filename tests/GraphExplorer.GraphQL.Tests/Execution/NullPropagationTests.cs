using GraphExplorer.GraphQL.Tests.TestSupport;
using GraphExplorer.GraphQL.Types;

namespace GraphExplorer.GraphQL.Tests.Execution;

/// <summary>Spec §6.4.4 Handling Field Errors, in the style of graphql-js's nonnull-test.</summary>
public sealed class NullPropagationTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { data: Data nonNullData: Data! list: [Data] nonNullItems: [Data!] }
        type Data {
          sync: String
          syncNonNull: String!
          throws: String
          throwsNonNull: String!
          asyncNonNullNull: String!
          nest: Data
          nonNullNest: Data!
        }
        """)
        .BindField("Query", "data", _ => new object())
        .BindField("Query", "nonNullData", _ => new object())
        .BindField("Query", "list", _ => new object?[] { new(), null, new() })
        .BindField("Query", "nonNullItems", _ => new object?[] { new(), null })
        .BindField("Data", "sync", _ => "sync")
        .BindField("Data", "syncNonNull", _ => null)
        .BindField("Data", "throws", _ => throw new GraphQLException("boom", "BOOM"))
        .BindField("Data", "throwsNonNull", _ => throw new GraphQLException("boom", "BOOM"))
        .BindField("Data", "asyncNonNullNull", async _ =>
        {
            await Task.Yield();
            return null;
        })
        .BindField("Data", "nest", _ => new object())
        .BindField("Data", "nonNullNest", _ => new object())
        .Build();

    [Fact]
    public async Task Nullable_field_error_becomes_null_with_a_located_error()
    {
        var json = await Run.Json(Schema, "{ data { sync throws } }");
        json.Should().Be("""{"errors":[{"message":"boom","locations":[{"line":1,"column":15}],"path":["data","throws"],"extensions":{"code":"BOOM"}}],"data":{"data":{"sync":"sync","throws":null}}}""");
    }

    [Fact]
    public async Task Non_null_field_returning_null_nulls_the_nearest_nullable_parent()
    {
        var json = await Run.Json(Schema, "{ data { sync nest { syncNonNull } } }");
        json.Should().Be("""{"errors":[{"message":"Cannot return null for non-nullable field Data.syncNonNull.","locations":[{"line":1,"column":22}],"path":["data","nest","syncNonNull"],"extensions":{"code":"FIELD_ERROR"}}],"data":{"data":{"sync":"sync","nest":null}}}""");
    }

    [Fact]
    public async Task Null_propagates_through_non_null_parents_to_the_root()
    {
        var result = await Run.Execute(Schema, "{ nonNullData { nonNullNest { nonNullNest { throwsNonNull } } } }");
        result.HasData.Should().BeTrue();
        result.Data.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Path.Should().Equal("nonNullData", "nonNullNest", "nonNullNest", "throwsNonNull");
        result.ToJson().Should().EndWith("\"data\":null}");
    }

    [Fact]
    public async Task Async_non_null_null_propagates_the_same_way()
    {
        var json = await Run.Json(Schema, "{ data { nest { asyncNonNullNull } sync } }");
        json.Should().Contain("\"path\":[\"data\",\"nest\",\"asyncNonNullNull\"]");
        json.Should().EndWith("\"data\":{\"data\":{\"nest\":null,\"sync\":\"sync\"}}}");
    }

    [Fact]
    public async Task Nullable_list_items_become_null_individually()
    {
        var json = await Run.Json(Schema, "{ list { syncNonNull } }");
        json.Should().EndWith("\"data\":{\"list\":[null,null,null]}}");
        var result = await Run.Execute(Schema, "{ list { syncNonNull } }");
        result.Errors!.Select(e => string.Join(".", e.Path!)).Should().Equal("list.0.syncNonNull", "list.2.syncNonNull");
    }

    [Fact]
    public async Task Null_item_in_a_list_of_non_null_nulls_the_list()
    {
        var result = await Run.Execute(Schema, "{ nonNullItems { sync } }");
        result.ToJson().Should().EndWith("\"data\":{\"nonNullItems\":null}}");
        result.Errors.Should().ContainSingle().Which.Path.Should().Equal("nonNullItems", 1);
        result.Errors![0].Message.Should().Be("Cannot return null for non-nullable field Query.nonNullItems.");
    }

    [Fact]
    public async Task Each_error_is_reported_once_even_when_it_propagates()
    {
        var result = await Run.Execute(Schema, "{ a: data { nonNullNest { throwsNonNull } } b: data { sync } }");
        result.Errors.Should().ContainSingle();
        result.ToJson().Should().EndWith("\"data\":{\"a\":null,\"b\":{\"sync\":\"sync\"}}}");
    }
}
