// Issue 6, check 1: quotations and entity normalisation against our gold
// files (tests/gold/quotes/{en,fr}.gold, format in their README.md). Each
// case runs the real pipeline, the linker and the extractor; the test
// prints per language the speaker accuracy, the quote-span exact match,
// the false positives and the entity-normalisation accuracy, and asserts
// the targets. TOCSIN_GOLD_VERBOSE=1 prints every miss.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "gkg/gkg_test_util.h"
#include "ingest/paragraphs.h"
#include "util/files.h"

namespace tocsin {
namespace {

using gkg_test::Run;

struct GoldQuote {
  std::vector<std::string> parts;
  std::string speaker;
  bool direct = true;
};
struct GoldEntity {
  std::string mention, name;
};
struct GoldCase {
  std::string id, lang, date, body;
  std::vector<GoldQuote> quotes;
  std::vector<GoldEntity> entities;
};

std::string Trim(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, s.find_last_not_of(" \t") - b + 1));
}

// Splits on `sep` (a string), trimming each field.
std::vector<std::string> Split(std::string_view s, std::string_view sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t at = s.find(sep, start);
    out.push_back(Trim(s.substr(start, at == std::string_view::npos
                                           ? std::string_view::npos
                                           : at - start)));
    if (at == std::string_view::npos) return out;
    start = at + sep.size();
  }
}

std::vector<GoldCase> ParseGold(const std::string& content) {
  std::vector<GoldCase> cases;
  std::istringstream in(content);
  std::string line;
  enum { kOutside, kBody, kExpect } state = kOutside;
  std::vector<std::string> body;
  while (std::getline(in, line)) {
    if (line.rfind("=== ", 0) == 0) {
      std::istringstream head(line.substr(4));
      GoldCase c;
      head >> c.id >> c.lang >> c.date;
      cases.push_back(c);
      body.clear();
      state = kBody;
    } else if (state == kBody) {
      if (line == "---") {
        std::string text;
        for (size_t i = 0; i < body.size(); ++i) {
          if (i) text += "\n";
          text += body[i];
        }
        cases.back().body = text;
        state = kExpect;
      } else {
        body.push_back(line);
      }
    } else if (state == kExpect && line.rfind("Q |", 0) == 0) {
      const std::vector<std::string> f = Split(line.substr(3), " | ");
      if (f.size() != 3) continue;
      GoldQuote q;
      q.parts = Split(f[0], "||");
      q.speaker = f[1];
      q.direct = f[2] == "direct";
      cases.back().quotes.push_back(q);
    } else if (state == kExpect && line.rfind("E |", 0) == 0) {
      const std::vector<std::string> f = Split(line.substr(3), "=>");
      if (f.size() == 2) cases.back().entities.push_back({f[0], f[1]});
    }
  }
  return cases;
}

// The system's parts as the gold writes them: parts separated only by a
// paragraph break and a re-opening mark are one part.
std::string SystemParts(const Document& doc, const Quotation& q) {
  std::string out;
  for (size_t i = 0; i < q.parts.size(); ++i) {
    if (i > 0) {
      const std::string_view gap = std::string_view(doc.text).substr(
          q.parts[i - 1].end, q.parts[i].begin - q.parts[i - 1].end);
      bool continuation = gap.find('\n') != std::string_view::npos;
      for (unsigned char c : gap) {
        if (c != '\n' && c != ' ' && c != '"' && c < 0x80) {
          continuation = false;
        }
      }
      // Non-ASCII bytes in the gap are marks or no-break spaces; words
      // would be ASCII letters in our gold (checked above).
      out += continuation ? " " : " || ";
    }
    out += doc.text.substr(q.parts[i].begin, q.parts[i].end - q.parts[i].begin);
  }
  return CollapseWhitespace(out);
}

std::string GoldParts(const GoldQuote& q) {
  std::string out;
  for (size_t i = 0; i < q.parts.size(); ++i) {
    if (i) out += " || ";
    out += q.parts[i];
  }
  return CollapseWhitespace(out);
}

struct Score {
  int gold = 0, system = 0, speaker = 0, span = 0, matched = 0;
  int false_positives = 0, entity_lines = 0, entity_correct = 0;
};

// Whether the character that ends just before `at` (or starts at `at`
// when `forward`) is a letter or digit: ASCII, or Latin/Greek/Cyrillic
// (UTF-8 leads 0xC3-0xD4); not a no-break space, guillemet or ’.
bool LetterAt(const std::string& s, size_t at, bool forward) {
  if (forward ? at >= s.size() : at == 0) return false;
  size_t i = forward ? at : at - 1;
  while (!forward && i > 0 &&
         (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) {
    --i;
  }
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return std::isalnum(c) != 0;
  return c >= 0xC3 && c <= 0xD4;
}

// Scores one case; prints misses when `verbose`.
void ScoreCase(const GoldCase& gc, const Run& run, bool verbose, Score* s) {
  const std::string& text = run.doc.text;
  std::vector<bool> used(run.quotations.size(), false);
  s->gold += static_cast<int>(gc.quotes.size());
  s->system += static_cast<int>(run.quotations.size());
  for (const GoldQuote& g : gc.quotes) {
    const std::string probe = g.parts[0].substr(0, 24);
    const size_t at = text.find(probe);
    int64_t match = -1;
    for (size_t i = 0; at != std::string::npos && i < run.quotations.size();
         ++i) {
      const Span p = run.quotations[i].parts[0];
      if (!used[i] && p.begin <= at + probe.size() && at < p.end) {
        match = static_cast<int64_t>(i);
        break;
      }
    }
    std::string got = "<missing>", got_speaker = "<missing>";
    if (match >= 0) {
      used[match] = true;
      ++s->matched;
      const Quotation& q = run.quotations[match];
      got = SystemParts(run.doc, q) + (q.direct ? "" : " [indirect]");
      got_speaker = q.speaker < 0 ? "NONE" : q.speaker_name;
      if (got_speaker == g.speaker) ++s->speaker;
      if (SystemParts(run.doc, q) == GoldParts(g) && q.direct == g.direct) {
        ++s->span;
      }
    }
    const std::string want = GoldParts(g) + (g.direct ? "" : " [indirect]");
    if (verbose && (got != want || got_speaker != g.speaker)) {
      std::cout << gc.id << "  want [" << g.speaker << "] " << want
                << "\n        got  [" << got_speaker << "] " << got << "\n";
    }
  }
  for (size_t i = 0; i < run.quotations.size(); ++i) {
    if (used[i]) continue;
    ++s->false_positives;
    if (verbose) {
      std::cout << gc.id << "  extra [" << run.quotations[i].speaker_name
                << "] " << run.quotations[i].text << "\n";
    }
  }
  for (const GoldEntity& ge : gc.entities) {
    ++s->entity_lines;
    bool ok = true, any = false;
    std::string got;
    for (size_t at = text.find(ge.mention); at != std::string::npos;
         at = text.find(ge.mention, at + 1)) {
      const size_t end = at + ge.mention.size();
      if ((LetterAt(text, at, false) && LetterAt(ge.mention, 0, true)) ||
          (LetterAt(text, end, true) &&
           LetterAt(ge.mention, ge.mention.size(), false))) {
        continue;  // inside a longer word
      }
      any = true;
      size_t best_overlap = 0;
      got = "";
      for (const Entity& e : run.entities) {
        for (const EntityMention& m : e.mentions) {
          const size_t b = std::max<size_t>(m.span.begin, at);
          const size_t x = std::min<size_t>(m.span.end, end);
          if (x > b && x - b > best_overlap) {
            best_overlap = x - b;
            got = e.name;
          }
        }
      }
      ok &= got == ge.name;
      if (!ok) break;
    }
    if (ok && any) {
      ++s->entity_correct;
    } else if (verbose) {
      std::cout << gc.id << "  E " << ge.mention << " => " << ge.name
                << "  got '" << got << "'\n";
    }
  }
}

TEST(QuoteGold, SpeakersSpansAndEntities) {
  const bool verbose = std::getenv("TOCSIN_GOLD_VERBOSE") != nullptr;
  int entity_lines = 0;
  for (const std::string lang : {"en", "fr"}) {
    const std::string path =
        std::string(TOCSIN_SOURCE_DIR) + "/tests/gold/quotes/" + lang + ".gold";
    auto content = ReadFileToString(path);
    ASSERT_TRUE(content.ok()) << content.status().ToString();
    const std::vector<GoldCase> cases = ParseGold(*content);
    Score s;
    for (const GoldCase& gc : cases) {
      const auto run = gkg_test::RunText(gc.body, gc.lang, gc.date);
      ScoreCase(gc, *run, verbose, &s);
    }
    const double speaker = s.gold ? double(s.speaker) / s.gold : 0;
    const double span = s.gold ? double(s.span) / s.gold : 0;
    const double entities =
        s.entity_lines ? double(s.entity_correct) / s.entity_lines : 0;
    std::cout << "quote gold " << lang << ": " << cases.size() << " cases, "
              << s.gold << " gold quotations, " << s.system
              << " found, matched " << s.matched << "; speaker accuracy "
              << speaker << ", span exact match " << span
              << ", false positives " << s.false_positives
              << "; entity normalisation " << s.entity_correct << "/"
              << s.entity_lines << " = " << entities << "\n";
    EXPECT_GE(s.gold, 150) << lang;
    EXPECT_GE(speaker, 0.90) << lang;
    EXPECT_GE(span, 0.90) << lang;
    entity_lines += s.entity_lines;
  }
  EXPECT_GE(entity_lines, 100);
}

}  // namespace
}  // namespace tocsin
