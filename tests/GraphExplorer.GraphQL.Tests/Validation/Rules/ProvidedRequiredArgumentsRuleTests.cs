using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void Allows_omitting_nullable_and_defaulted_arguments()
    {
        ValidationHarness.ExpectValid<ProvidedRequiredArgumentsRule>("{ complicatedArgs { multipleOpts nonNullFieldWithDefault multipleReqs(req1: 1, req2: 2) } dog @withArgs(req: 1) { name } }");
    }

    [Fact]
    public void Reports_missing_required_arguments()
    {
        ValidationHarness.Errors<ProvidedRequiredArgumentsRule>("{ complicatedArgs { multipleReqs(req2: 2) } dog @withArgs { name } }").Should().Equal(
            "Argument \"ComplicatedArgs.multipleReqs(req1:)\" of type \"Int!\" is required, but it was not provided. @ 1:21",
            "Argument \"@withArgs(req:)\" of type \"Int!\" is required, but it was not provided. @ 1:49");
    }
}
