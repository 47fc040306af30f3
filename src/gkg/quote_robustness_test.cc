// Issue 6, check 5: hostile quotation marks never make the extractor hang
// or grow without bound. Each input runs through the whole pipeline; the
// assertions are on work bounds (how many quotations, how long), not on
// time, so they cannot flake.
#include <gtest/gtest.h>

#include <string>

#include "gkg/gkg_test_util.h"
#include "gkg/quote_marks.h"

namespace tocsin {
namespace {

using gkg_test::RunText;

std::string Repeat(const std::string& s, size_t times) {
  std::string out;
  out.reserve(s.size() * times);
  for (size_t i = 0; i < times; ++i) out += s;
  return out;
}

// No quotation is longer than the cap, and there are at most `max` of them.
void ExpectBounded(const gkg_test::Run& run, size_t max) {
  EXPECT_LE(run.quotations.size(), max);
  for (const Quotation& q : run.quotations) {
    EXPECT_LE(q.text.size(), gkg::kMaxQuoteBytes);
    EXPECT_FALSE(q.parts.empty());
  }
}

TEST(QuoteRobustness, HundredThousandMarksInARow) {
  for (const char* mark : {"\"", "\xC2\xAB", "\xE2\x80\x9C", "\xE2\x80\x9D"}) {
    const auto run =
        RunText("Il a dit : " + Repeat(mark, 100000) + " fin.", "fr");
    // Marks with no word between them quote nothing.
    ExpectBounded(*run, 1);
  }
  const auto mixed =
      RunText(Repeat("\xC2\xAB\"\xE2\x80\x9C\xE2\x80\x99", 25000), "en");
  ExpectBounded(*mixed, 1);
}

TEST(QuoteRobustness, UnbalancedMarks) {
  // Openers that never close, each followed by a few words.
  const auto openers =
      RunText(Repeat("\xC2\xAB un deux trois quatre cinq ", 20000), "fr");
  ExpectBounded(*openers, 20000);
  // Closers only.
  const auto closers =
      RunText(Repeat("one two three four five \xE2\x80\x9D ", 20000), "en");
  ExpectBounded(*closers, 0);
  // Straight quotes with odd counts across paragraphs.
  const auto straight = RunText(
      Repeat("He said \"we will win and \"never\" give up.\n\n", 5000), "en");
  ExpectBounded(*straight, 10000);
}

TEST(QuoteRobustness, OneMegabyteQuotation) {
  const std::string sentence =
      "Les forces avancent lentement dans la région et le front bouge peu. ";
  std::string text = "Le général a déclaré : \xC2\xAB ";
  while (text.size() < (1u << 20)) text += sentence;
  text += "\xC2\xBB, a-t-il conclu.";
  const auto run = RunText(text, "fr");
  // Longer than any quotation: dropped, not returned whole.
  ExpectBounded(*run, 1);
  for (const Quotation& q : run->quotations) EXPECT_TRUE(q.direct);
}

TEST(QuoteRobustness, ManyReportedClauses) {
  const auto run = RunText(
      Repeat("Le ministre a dit que l'armée avançait et a ajouté que ", 4000) +
          "rien ne changeait.",
      "fr");
  // One clause per speech verb at most, each capped in length.
  ExpectBounded(*run, 8000);
}

}  // namespace
}  // namespace tocsin
