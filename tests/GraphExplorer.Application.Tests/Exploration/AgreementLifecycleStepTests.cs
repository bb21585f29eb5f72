using GraphExplorer.Application.Domain;
using GraphExplorer.Application.Exploration;
using GraphExplorer.Database.Values;

namespace GraphExplorer.Application.Tests.Exploration;

/// <summary>The states of an agreement's life, read from the citations that state them and put in the order they happened.</summary>
public sealed class AgreementLifecycleStepTests
{
    [Fact]
    public void Steps_go_by_date_finer_precision_first_then_lifecycle_order_and_undated_steps_last()
    {
        var steps = new[]
        {
            Step("renewed", null, null),
            Step("active", null, Date(2025, 1, 1, PartialDate.Year)),
            Step("implemented", Date(2024, 6, 1, PartialDate.Month), null),
            Step("signed", Date(2024, 6, 1, PartialDate.Month), null),
            Step("announced", Date(2024, 6, 1, PartialDate.Day), null),
            Step("concluded", null, null),
        };

        AgreementLifecycleStep.InOrder(steps).Select(s => s.Status).Should().Equal(
            "announced", "signed", "implemented", "active", "concluded", "renewed");
    }

    [Fact]
    public void A_citation_gives_a_step_only_for_a_state_of_the_model_with_its_dates_at_their_precision()
    {
        var stated = new Dictionary<string, object?>
        {
            ["quote"] = "signé hier", ["status"] = "signed",
            ["since"] = new CypherDate(new DateOnly(2024, 6, 1)), ["sincePrecision"] = "month", ["sinceBasis"] = "Mois déduit",
        };

        var step = AgreementLifecycleStep.Read(stated, "src:a", "Article")!;
        (step.Status, step.Since!.Iso, step.Since.Note, step.AsOf, step.Citation.Quote).Should().Be(("signed", "2024-06", "Mois déduit", null, "signé hier"));
        step.StatusLabels.Fr.Should().Be("Signé");
        AgreementLifecycleStep.Read(new Dictionary<string, object?> { ["quote"] = "q", ["status"] = "dormant" }, "src:a", "Article").Should().BeNull();
        AgreementLifecycleStep.Read(new Dictionary<string, object?> { ["quote"] = "q" }, "src:a", "Article").Should().BeNull();
    }

    private static AgreementLifecycleStep Step(string status, PartialDate? since, PartialDate? asOf) =>
        new(status, since, asOf, new Citation("src:a", "Article", status));

    private static PartialDate Date(int year, int month, int day, string precision) =>
        new(new DateOnly(year, month, day), precision, null, null, null);
}
