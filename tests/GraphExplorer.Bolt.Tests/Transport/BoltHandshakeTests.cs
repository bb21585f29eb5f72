using GraphExplorer.Bolt.Transport;

namespace GraphExplorer.Bolt.Tests.Transport;

/// <summary>Version negotiation (https://neo4j.com/docs/bolt/current/bolt/handshake/).</summary>
public sealed class BoltHandshakeTests
{
    private const string Magic = "6060B017";

    [Fact]
    public void The_newest_version_inside_a_proposed_range_is_chosen()
    {
        // What neo4j-driver 6.3 proposes: the manifest sentinel 255.1, 5.8 down to 5.0, 4.4 down to 4.2, 3.0.
        var request = Magic + "000001FF" + "00080805" + "00020404" + "00000003";
        BoltHandshake.Negotiate(Convert.FromHexString(request)).Should().Be(new BoltVersion(5, 4));
        Convert.ToHexString(BoltHandshake.Answer(new BoltVersion(5, 4))).Should().Be("00000405");
    }

    [Fact]
    public void Proposals_are_taken_in_the_clients_order()
    {
        var request = Magic + "00000205" + "00000405" + "00000000" + "00000000";
        BoltHandshake.Negotiate(Convert.FromHexString(request)).Should().Be(new BoltVersion(5, 2));
    }

    [Fact]
    public void A_range_below_the_supported_versions_finds_none()
    {
        var request = Magic + "00020404" + "00000003" + "00000605" + "00000000";
        BoltHandshake.Negotiate(Convert.FromHexString(request)).Should().BeNull();
        Convert.ToHexString(BoltHandshake.Answer(null)).Should().Be("00000000");
    }

    [Fact]
    public void Http_on_the_bolt_port_is_named()
    {
        var act = () => BoltHandshake.Negotiate("GET / HTTP/1.1\r\nHost:"u8.ToArray()[..20]);
        act.Should().Throw<BoltHandshakeException>().WithMessage("*HTTP request reached the Bolt port*");
    }
}
