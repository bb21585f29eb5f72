using GraphExplorer.GraphQL.Validation.Rules;

namespace GraphExplorer.GraphQL.Tests.Validation.Rules;

public sealed class NoFragmentCyclesRuleTests
{
    [Fact]
    public void Allows_spreading_the_same_fragment_twice()
    {
        ValidationHarness.ExpectValid<NoFragmentCyclesRule>("{ dog { ...A } } fragment A on Dog { ...B ...B } fragment B on Dog { name }");
    }

    [Fact]
    public void Reports_direct_and_indirect_cycles()
    {
        ValidationHarness.Errors<NoFragmentCyclesRule>("fragment A on Dog { ...A } fragment B on Dog { ...C } fragment C on Dog { ...D } fragment D on Dog { ...B }").Should().Equal(
            "Cannot spread fragment \"A\" within itself. @ 1:21",
            "Cannot spread fragment \"B\" within itself via \"C\", \"D\". @ 1:48, 1:75, 1:102");
    }
}
