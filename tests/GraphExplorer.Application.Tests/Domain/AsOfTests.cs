using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Tests.Domain;

public sealed class AsOfTests
{
    private static PartialDate Date(string first, string precision) => new(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), precision, null, null, null);

    [Fact]
    public void A_date_given_as_a_year_is_only_possibly_past_in_the_middle_of_that_year()
    {
        var in2023 = Date("2023-01-01", PartialDate.Year);

        AsOf.Standing(in2023, new DateOnly(2023, 6, 1)).Should().Be(AsOfStanding.Possibly);
        AsOf.Standing(in2023, new DateOnly(2023, 12, 31)).Should().Be(AsOfStanding.ByThen);
        AsOf.Standing(in2023, new DateOnly(2022, 12, 31)).Should().BeNull("nothing of 2023 had happened by the end of 2022");
    }

    [Fact]
    public void A_day_is_past_from_that_day_on_and_a_month_from_its_last_day()
    {
        AsOf.Standing(Date("2024-06-11", PartialDate.Day), new DateOnly(2024, 6, 11)).Should().Be(AsOfStanding.ByThen);
        AsOf.Standing(Date("2024-06-11", PartialDate.Day), new DateOnly(2024, 6, 10)).Should().BeNull();
        AsOf.Standing(Date("2024-06-01", PartialDate.Month), new DateOnly(2024, 6, 29)).Should().Be(AsOfStanding.Possibly);
        AsOf.Standing(Date("2024-06-01", PartialDate.Month), new DateOnly(2024, 6, 30)).Should().Be(AsOfStanding.ByThen);
    }

    [Fact]
    public void An_undated_fact_is_kept_and_said_to_be_undated()
    {
        AsOf.Standing(null, new DateOnly(1900, 1, 1)).Should().Be(AsOfStanding.Undated);
    }
}
