using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Tests.Domain;

/// <summary>Whether a tie with <c>since</c> / <c>until</c> is in the network as of a day, its dates read at their precision.</summary>
public sealed class AsOfTieTests
{
    private static PartialDate Date(int year, int month, int day, string precision) => new(new DateOnly(year, month, day), precision, null, null, null);

    [Fact]
    public void A_tie_since_a_year_holds_possibly_during_that_year_and_not_before_it()
    {
        var since2008 = Date(2008, 1, 1, PartialDate.Year);

        AsOf.TieHolds(since2008, null, new DateOnly(2008, 6, 1)).Should().BeTrue("« depuis 2008 » may mean January");
        AsOf.TieHolds(since2008, null, new DateOnly(2007, 12, 31)).Should().BeFalse("it began after that day");
    }

    [Fact]
    public void A_tie_until_a_month_holds_through_that_month_and_not_after_it()
    {
        var untilJune = Date(2019, 6, 1, PartialDate.Month);

        AsOf.TieHolds(null, untilJune, new DateOnly(2019, 6, 30)).Should().BeTrue("it may have ended on the last day of June");
        AsOf.TieHolds(null, untilJune, new DateOnly(2019, 7, 1)).Should().BeFalse("it had ended before that day");
    }

    [Fact]
    public void A_tie_the_sources_do_not_date_holds_on_any_day()
    {
        AsOf.TieHolds(null, null, new DateOnly(1900, 1, 1)).Should().BeTrue();
    }
}
