using GraphExplorer.Application.Domain;

namespace GraphExplorer.Application.Tests.Domain;

public sealed class AppearanceTests
{
    private static readonly DateOnly June1 = new(2024, 6, 1);
    private static readonly DateOnly June30 = new(2024, 6, 30);

    private static PartialDate Date(int year, int month, int day, string precision) => new(new DateOnly(year, month, day), precision, null, null, null);

    [Fact]
    public void A_date_wholly_inside_the_window_appeared_in_it_for_certain()
    {
        Appearance.InWindow([Date(2024, 6, 1, PartialDate.Month)], June1, June30).Should().Be((Date(2024, 6, 1, PartialDate.Month), false));
    }

    [Fact]
    public void A_year_that_straddles_the_window_appeared_in_it_only_possibly()
    {
        var in2024 = Date(2024, 1, 1, PartialDate.Year);

        Appearance.InWindow([in2024], June1, June30).Should().Be((in2024, true));
    }

    [Fact]
    public void What_certainly_came_before_the_window_is_not_new_even_when_a_later_tie_falls_in_it()
    {
        Appearance.InWindow([Date(2024, 5, 31, PartialDate.Day), Date(2024, 6, 11, PartialDate.Day)], June1, June30).Should().BeNull();
    }

    [Fact]
    public void An_earlier_tie_that_may_lie_before_the_window_makes_the_appearance_uncertain()
    {
        var may = Date(2024, 5, 1, PartialDate.Month);

        Appearance.InWindow([may, Date(2024, 6, 11, PartialDate.Day)], new DateOnly(2024, 5, 20), June30).Should().Be((may, true));
    }

    [Fact]
    public void What_begins_after_the_window_and_what_has_no_date_did_not_appear_in_it()
    {
        Appearance.InWindow([Date(2024, 7, 1, PartialDate.Day)], June1, June30).Should().BeNull();
        Appearance.InWindow([], June1, June30).Should().BeNull();
    }
}
