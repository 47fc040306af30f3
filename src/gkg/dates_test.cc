// The date finder through the real front end, on sentences we write in
// English and French, resolved against a publication date: weekdays,
// relative days, weeks, months and years, absolute dates, months with their
// cues, "ago"; the traps ("may", "Mars", ordinals, times); missing
// publication dates; then the example article when present.
#include "gkg/dates.h"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "gkg/gkg_test_util.h"

namespace tocsin {
namespace {

using gkg_test::DescribeDates;
using gkg_test::FindIn;
using gkg_test::MakeDoc;
using gkg_test::TestDates;

// 2022-10-05 is a Wednesday of ISO week 2022-W40.
constexpr const char* kWednesday = "2022-10-05";

std::string Dates(const std::string& lang, const std::string& text,
                  const std::string& published) {
  const Document doc = MakeDoc(lang, text, published);
  return DescribeDates(doc, FindIn<DateMention>(TestDates(), doc));
}

struct DateCase {
  const char* lang;
  const char* published;
  const char* text;
  const char* want;
};

void RunDateCases(const DateCase* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    EXPECT_EQ(Dates(cases[i].lang, cases[i].text, cases[i].published),
              cases[i].want)
        << cases[i].lang << " (" << cases[i].published
        << "): " << cases[i].text;
  }
}

TEST(DateFinder, EnglishRelative) {
  const DateCase cases[] = {
      {"en", kWednesday, "The strike happened on Friday.",
       "Friday=2022-09-30/day"},
      {"en", kWednesday, "Shelling resumed on Wednesday.",
       "Wednesday=2022-10-05/day"},
      {"en", kWednesday, "It happened last Wednesday.",
       "last Wednesday=2022-09-28/day"},
      {"en", kWednesday, "They will meet next Friday.",
       "next Friday=2022-10-07/day"},
      {"en", kWednesday, "Yesterday talks failed; today they resume.",
       "Yesterday=2022-10-04/day; today=2022-10-05/day"},
      {"en", kWednesday, "The vote is tomorrow.", "tomorrow=2022-10-06/day"},
      {"en", kWednesday, "The talks collapsed the day before yesterday.",
       "day before yesterday=2022-10-03/day"},
      {"en", kWednesday, "Fighting intensified last week.",
       "last week=2022-W39/week"},
      {"en", kWednesday, "Exports fell last month.",
       "last month=2022-09/month"},
      {"en", kWednesday, "Prices rose last year.", "last year=2021/year"},
      {"en", kWednesday, "Three days ago the convoy left.",
       "Three days ago=2022-10-02/day"},
      {"en", kWednesday, "The mine was closed two weeks ago.",
       "two weeks ago=2022-W38/week"},
  };
  RunDateCases(cases, std::size(cases));
}

TEST(DateFinder, EnglishAbsolute) {
  const DateCase cases[] = {
      {"en", kWednesday, "The treaty was signed on October 3, 2022.",
       "October 3, 2022=2022-10-03/day"},
      {"en", kWednesday, "Troops arrived on 3 October.",
       "3 October=2022-10-03/day"},
      {"en", kWednesday, "The offensive began on Friday, October 7.",
       "Friday, October 7=2022-10-07/day"},
      {"en", kWednesday, "The exercise is planned in October.",
       "in October=2022-10/month"},
      {"en", kWednesday, "The drills took place in December.",
       "in December=2021-12/month"},
      {"en", kWednesday, "The summit is set for next December.",
       "next December=2022-12/month"},
      {"en", kWednesday, "The crisis began in early October.",
       "in early October=2022-10/month"},
      {"en", kWednesday, "Talks stalled in mid-October.",
       "in mid-October=2022-10/month"},
      {"en", kWednesday, "The union collapsed in 1991.", "in 1991=1991/year"},
      {"en", kWednesday, "The strikes of September 2022 were the worst.",
       "of September 2022=2022-09/month"},
      {"en", "2023-01-04", "The attack came on December 28.",
       "December 28=2022-12-28/day"},
  };
  RunDateCases(cases, std::size(cases));
}

TEST(DateFinder, EnglishTraps) {
  const DateCase cases[] = {
      {"en", kWednesday, "You may leave now, but the March continued.", ""},
      {"en", kWednesday, "Protesters march every day in the capital.", ""},
      {"en", kWednesday, "The 12th brigade reached the river.", ""},
      {"en", kWednesday, "The blast happened at 3 p.m.", ""},
      {"en", kWednesday, "He was the first to arrive, one of the many.", ""},
      // No publication date: only dates with their year resolve.
      {"en", "", "The attack came on Friday, last week.", ""},
      {"en", "", "The treaty was signed on October 3, 2022.",
       "October 3, 2022=2022-10-03/day"},
      {"en", "", "The union collapsed in 1991.", "in 1991=1991/year"},
      {"en", kWednesday, "The treaty was signed on February 30, 2022.", ""},
  };
  RunDateCases(cases, std::size(cases));
}

TEST(DateFinder, FrenchRelative) {
  const DateCase cases[] = {
      {"fr", kWednesday, "Le retrait a eu lieu samedi.",
       "samedi=2022-10-01/day"},
      {"fr", kWednesday, "Il a parlé vendredi à la télévision.",
       "vendredi=2022-09-30/day"},
      {"fr", kWednesday, "Ils se verront vendredi prochain.",
       "vendredi prochain=2022-10-07/day"},
      {"fr", kWednesday, "Le sommet a eu lieu mercredi dernier.",
       "mercredi dernier=2022-09-28/day"},
      {"fr", kWednesday, "Ce vendredi, le parlement votera.",
       "Ce vendredi=2022-10-07/day"},
      {"fr", kWednesday, "Hier, les combats ont repris.",
       "Hier=2022-10-04/day"},
      {"fr", kWednesday, "Avant-hier, un drone a frappé la ville.",
       "Avant-hier=2022-10-03/day"},
      {"fr", kWednesday, "Aujourd'hui la ville est calme, demain on verra.",
       "Aujourd'hui=2022-10-05/day; demain=2022-10-06/day"},
      {"fr", kWednesday, "Les frappes ont repris la semaine dernière.",
       "la semaine dernière=2022-W39/week"},
      {"fr", kWednesday, "Le ministre se rendra à Kiev cette semaine.",
       "cette semaine=2022-W40/week"},
      {"fr", kWednesday, "Gazprom a publié une vidéo le mois dernier.",
       "le mois dernier=2022-09/month"},
      {"fr", kWednesday, "Les prix ont doublé l'an dernier.",
       "l'an dernier=2021/year"},
      {"fr", kWednesday, "Les élections auront lieu l'année prochaine.",
       "l'année prochaine=2023/year"},
      {"fr", kWednesday, "Le convoi est parti il y a trois jours.",
       "il y a trois jours=2022-10-02/day"},
      {"fr", "2021-01-02", "Les négociations ont échoué cette semaine.",
       "cette semaine=2020-W53/week"},
  };
  RunDateCases(cases, std::size(cases));
}

TEST(DateFinder, FrenchAbsolute) {
  const DateCase cases[] = {
      {"fr", kWednesday, "Le 3 octobre 2022, Kiev a répondu.",
       "3 octobre 2022=2022-10-03/day"},
      {"fr", kWednesday, "Le 1er octobre, les troupes sont entrées.",
       "1er octobre=2022-10-01/day"},
      {"fr", kWednesday, "L'offensive a commencé vendredi 7 octobre.",
       "vendredi 7 octobre=2022-10-07/day"},
      {"fr", kWednesday, "La Russie pourrait mener un exercice en octobre.",
       "en octobre=2022-10/month"},
      {"fr", kWednesday, "Les manœuvres ont eu lieu en décembre.",
       "en décembre=2021-12/month"},
      {"fr", kWednesday, "Le sommet se tiendra en octobre prochain.",
       "en octobre prochain=2023-10/month"},
      {"fr", kWednesday, "La contre-offensive a débuté début septembre.",
       "début septembre=2022-09/month"},
      {"fr", kWednesday, "Les pourparlers reprendront mi-novembre.",
       "mi-novembre=2021-11/month"},
      {"fr", kWednesday, "Le gazoduc a été saboté en septembre dernier.",
       "en septembre dernier=2022-09/month"},
      {"fr", kWednesday, "La Crimée a été annexée en 2014.",
       "en 2014=2014/year"},
      {"fr", kWednesday, "Le conflit dure depuis février 2022.",
       "depuis février 2022=2022-02/month"},
      // A day without a year: the last one, unless nine months back.
      {"fr", "2017-09-23", "Le 8 février, le juge a tranché.",
       "8 février=2017-02-08/day"},
      {"fr", "2017-10-03", "L'élection est prévue le 26 octobre.",
       "26 octobre=2017-10-26/day"},
      {"fr", kWednesday, "Il fut ministre entre 1985 et 1992.",
       "entre 1985=1985/year"},
  };
  RunDateCases(cases, std::size(cases));
}

TEST(DateFinder, FrenchTraps) {
  const DateCase cases[] = {
      {"fr", kWednesday, "La mission vers Mars a été lancée.", ""},
      {"fr", kWednesday, "La 12e direction principale gère les stocks.", ""},
      {"fr", kWednesday, "Le rendez-vous est fixé à 14h30.", ""},
      {"fr", kWednesday, "Les 2000 soldats sont arrivés.", ""},
      {"fr", "", "Le retrait a eu lieu samedi.", ""},
      {"fr", "2022-10", "Le retrait a eu lieu samedi, en octobre.",
       "en octobre=2022-10/month"},
  };
  RunDateCases(cases, std::size(cases));
}

TEST(DateFinder, PublicationDates) {
  struct {
    const char* iso;
    bool ok;
    int year;
    unsigned month, day;
  } cases[] = {
      {"2022-10-05", true, 2022, 10, 5},
      {"2022-10-05T08:30:00Z", true, 2022, 10, 5},
      {"2022-10", true, 2022, 10, 0},
      {"2022", true, 2022, 0, 0},
      {"", false, 0, 0, 0},
      {"2022-02-30", false, 0, 0, 0},
      {"2022-13", false, 0, 0, 0},
      {"Oct 5 2022", false, 0, 0, 0},
      {"2022-1-5", false, 0, 0, 0},
  };
  for (const auto& c : cases) {
    PublicationDate d;
    EXPECT_EQ(ParsePublicationDate(c.iso, &d), c.ok) << c.iso;
    EXPECT_EQ(d.year, c.year) << c.iso;
    EXPECT_EQ(d.month, c.month) << c.iso;
    EXPECT_EQ(d.day, c.day) << c.iso;
  }
}

TEST(NewsCalendar, Rules) {
  namespace chr = std::chrono;
  auto day = [](int y, unsigned m, unsigned d) {
    return chr::sys_days{chr::year{y} / chr::month{m} / chr::day{d}};
  };
  // ISO weeks across year ends.
  EXPECT_EQ(IsoWeek(day(2021, 1, 3)), "2020-W53");
  EXPECT_EQ(IsoWeek(day(2022, 1, 2)), "2021-W52");
  EXPECT_EQ(IsoWeek(day(2024, 12, 30)), "2025-W01");
  EXPECT_EQ(IsoWeek(day(2022, 10, 5)), "2022-W40");
  // Weekdays from Wednesday 2022-10-05.
  const chr::sys_days wed = day(2022, 10, 5);
  struct {
    unsigned weekday;
    DateModifier modifier;
    const char* want;
  } weekdays[] = {
      {3, DateModifier::kNone, "2022-10-05"},
      {3, DateModifier::kLast, "2022-09-28"},
      {3, DateModifier::kNext, "2022-10-12"},
      {3, DateModifier::kThis, "2022-10-05"},
      {7, DateModifier::kNone, "2022-10-02"},
      {1, DateModifier::kNext, "2022-10-10"},
      {5, DateModifier::kThis, "2022-10-07"},
      {4, DateModifier::kLast, "2022-09-29"},
  };
  for (const auto& c : weekdays) {
    EXPECT_EQ(IsoDay(ResolveWeekday(c.weekday, c.modifier, wed)), c.want)
        << c.weekday << " " << static_cast<int>(c.modifier);
  }
  // Months from October 2022.
  const chr::year_month oct = chr::year{2022} / chr::October;
  EXPECT_EQ(IsoMonth(ResolveMonth(10, DateModifier::kNone, oct)), "2022-10");
  EXPECT_EQ(IsoMonth(ResolveMonth(12, DateModifier::kNone, oct)), "2021-12");
  EXPECT_EQ(IsoMonth(ResolveMonth(10, DateModifier::kLast, oct)), "2021-10");
  EXPECT_EQ(IsoMonth(ResolveMonth(9, DateModifier::kLast, oct)), "2022-09");
  EXPECT_EQ(IsoMonth(ResolveMonth(10, DateModifier::kNext, oct)), "2023-10");
  EXPECT_EQ(IsoMonth(ResolveMonth(12, DateModifier::kNext, oct)), "2022-12");
  EXPECT_EQ(IsoMonth(ResolveMonth(12, DateModifier::kThis, oct)), "2022-12");
  // Days without a year.
  auto no_year = [](unsigned m, unsigned d, chr::sys_days pub) {
    auto r = ResolveDayWithoutYear(m, d, pub);
    return r ? IsoDay(*r) : std::string("none");
  };
  EXPECT_EQ(no_year(10, 3, wed), "2022-10-03");
  EXPECT_EQ(no_year(10, 5, wed), "2022-10-05");
  EXPECT_EQ(no_year(2, 8, wed), "2022-02-08");    // 8 months back: past
  EXPECT_EQ(no_year(10, 26, wed), "2022-10-26");  // a year back: coming
  EXPECT_EQ(no_year(12, 28, day(2023, 1, 4)), "2022-12-28");
  EXPECT_EQ(no_year(2, 29, day(2025, 3, 1)), "2024-02-29");
  EXPECT_EQ(no_year(2, 30, wed), "none");
  EXPECT_EQ(IsoYear(2022), "2022");
}

TEST(DateFinder, ExampleArticle) {
  const auto article = gkg_test::ExampleArticle();
  if (!article) GTEST_SKIP() << gkg_test::kExampleArticle << " absent";
  // A Monday: the weekdays it mentions fall in the days before.
  const Document doc = MakeDoc("fr", *article, "2022-10-03");
  const std::string got =
      DescribeDates(doc, FindIn<DateMention>(TestDates(), doc));
  std::cout << "dates: " << got << "\n";
  for (const char* want :
       {"vendredi=2022-09-30/day", "samedi=2022-10-01/day",
        "dimanche=2022-10-02/day", "en octobre=2022-10/month",
        "le mois dernier=2022-09/month"}) {
    EXPECT_NE(got.find(want), std::string::npos) << want;
  }
}

TEST(DateFinder, HostileInputIsBounded) {
  gkg_test::ExpectBoundedOnAMegabyte<DateMention>(
      TestDates(),
      "le 3 octobre vendredi prochain il y a trois jours en 2021 mi- ", "",
      kWednesday);
}

}  // namespace
}  // namespace tocsin
