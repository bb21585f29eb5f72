using GraphExplorer.Application.Stewardship;

namespace GraphExplorer.Application.Tests.Stewardship;

public sealed class StewardKeyVerifierTests
{
    [Fact]
    public void A_configured_key_names_its_steward_and_any_other_key_names_nobody()
    {
        var aliceKey = StewardKeyHasher.NewKey();
        var bobKey = StewardKeyHasher.NewKey();
        var verifier = new StewardKeyVerifier([StewardKeyHasher.CreateEntry("alice", aliceKey), StewardKeyHasher.CreateEntry("bob", bobKey)]);

        verifier.Verify(aliceKey).Should().Be("alice");
        verifier.Verify(bobKey).Should().Be("bob");
        verifier.Verify(aliceKey + "x").Should().BeNull();
        verifier.Verify("").Should().BeNull();
        verifier.Verify(null).Should().BeNull();
    }

    [Fact]
    public void The_same_key_hashed_with_two_salts_gives_two_hashes()
    {
        var key = StewardKeyHasher.NewKey();

        StewardKeyHasher.CreateEntry("a", key).Hash.Should().NotBe(StewardKeyHasher.CreateEntry("a", key).Hash);
    }

    [Fact]
    public void A_malformed_entry_is_refused_naming_its_configuration_path()
    {
        var act = () => new StewardKeyVerifier([new StewardKeyEntry { Name = "carol", Hash = "not base64!", Salt = "AAAAAAAAAAA=" }]);

        act.Should().Throw<ArgumentException>().WithMessage("Stewards:Keys:0 (carol)*");
    }

    [Fact]
    public void Short_keys_are_refused() =>
        FluentActions.Invoking(() => StewardKeyHasher.CreateEntry("dave", "short")).Should().Throw<ArgumentException>();
}
