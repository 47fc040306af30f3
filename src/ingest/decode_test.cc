#include "ingest/decode.h"

#include <gtest/gtest.h>

#include <string>

namespace tocsin {
namespace {

using std::string_literals::operator""s;

struct DecodeCase {
  const char* name;
  std::string bytes;
  std::string declared;
  std::string want_text;
  std::string want_encoding;
  uint32_t want_invalid;
};

TEST(DecodeToUtf8, Table) {
  const DecodeCase cases[] = {
      {"ascii", "The minister resigned.", "", "The minister resigned.", "UTF-8",
       0},
      {"utf8 french", "L'armée a reculé à Lyman.", "",
       "L'armée a reculé à Lyman.", "UTF-8", 0},
      {"utf8 bom stripped", "\xEF\xBB\xBFTexte", "", "Texte", "UTF-8", 0},
      {"cp1252 punctuation",
       "Le prix: 5 \x80, l\x92"
       "arm\xE9"
       "e \xABrecule\xBB \x85",
       "", "Le prix: 5 €, l’armée «recule» …", "windows-1252", 0},
      {"latin1 without c1",
       "Fran\xE7"
       "ais \xE0 Paris, d\xE9"
       "cid\xE9",
       "", "Français à Paris, décidé", "ISO-8859-1", 0},
      {"declared latin1", "caf\xE9 cr\xE8me", "ISO-8859-1", "café crème",
       "ISO-8859-1", 0},
      {"declared utf8 but cp1252", "caf\xE9 \x93hot\x94", "utf-8", "café “hot”",
       "windows-1252", 0},
      {"valid utf8 beats declaration", "déjà vu", "windows-1252", "déjà vu",
       "UTF-8", 0},
      {"mostly utf8, one stray byte",
       "Le général a déclaré \xFF que l'armée reculait.", "",
       "Le général a déclaré \uFFFD que l'armée reculait.", "UTF-8", 1},
      {"truncated sequence at end", "élu café\xC3", "", "élu café\uFFFD",
       "UTF-8", 1},
      {"overlong slash", "é \xC0\xAF é é", "", "é \uFFFD\uFFFD é é", "UTF-8",
       2},
      {"surrogate is ill-formed", "é é é \xED\xA0\x80!", "",
       "é é é \uFFFD\uFFFD\uFFFD!", "UTF-8", 3},
      {"maximal subpart is one U+FFFD", "é é \xE2\x82 fin", "",
       "é é \uFFFD fin", "UTF-8", 2},
      {"controls",
       "a\0b\fc\td\x1B"
       "e\r\n"s,
       "", "a\uFFFDb c\td\uFFFDe\r\n", "UTF-8", 2},
      {"utf16le bom", "\xFF\xFEH\0i\0!\0"s, "", "Hi!", "UTF-16LE", 0},
      {"utf16be bom", "\xFE\xFF\0O\0K"s, "", "OK", "UTF-16BE", 0},
      {"unknown label falls back", "na\xEFve", "x-no-such-charset", "naïve",
       "ISO-8859-1", 0},
      {"empty", "", "", "", "UTF-8", 0},
  };
  for (const DecodeCase& c : cases) {
    SCOPED_TRACE(c.name);
    const DecodedText got = DecodeToUtf8(c.bytes, c.declared);
    EXPECT_EQ(got.utf8, c.want_text);
    EXPECT_EQ(got.encoding, c.want_encoding);
    EXPECT_EQ(got.invalid_bytes, c.want_invalid);
    EXPECT_TRUE(IsValidUtf8(got.utf8));
  }
}

TEST(DecodeToUtf8, OutputIsAlwaysValidUtf8) {
  // Every byte value in every position class, plus truncations.
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  const std::string inputs[] = {all,
                                all + "é",
                                "é" + all,
                                all.substr(128),
                                "\xF4\x90\x80\x80",
                                "\xF0\x9F\x98",
                                "\xEF\xBF\xBE\xEF\xBF\xBF"};
  for (const std::string& in : inputs) {
    for (const char* declared : {"", "utf-8", "windows-1252", "shift_jis"}) {
      EXPECT_TRUE(IsValidUtf8(DecodeToUtf8(in, declared).utf8));
    }
  }
}

TEST(DecodeToUtf8, CountsEveryReplacedByteOfALegacyDocument) {
  // 0x81 is unassigned in windows-1252.
  const DecodedText got = DecodeToUtf8("r\xE9sum\xE9 \x81 \x80");
  EXPECT_EQ(got.encoding, "windows-1252");
  EXPECT_EQ(got.utf8, "résumé \uFFFD €");
  EXPECT_EQ(got.invalid_bytes, 1u);
}

// The scan takes 16 bytes at a time when they are plain text; a byte that
// needs a look must be found wherever it falls in such a block.
TEST(DecodeToUtf8, FindsIrregularBytesAtEveryOffsetOfABlock) {
  const std::string unit = "caf\xC3\xA9 \xE2\x80\x99l\xC3\xA0 ";  // café ’là
  std::string clean;
  while (clean.size() < 64) clean += unit;
  const DecodedText plain = DecodeToUtf8(clean);
  EXPECT_EQ(plain.utf8, clean);
  EXPECT_EQ(plain.invalid_bytes, 0u);
  struct Bad {
    std::string bytes;
    uint32_t invalid;  // input bytes replaced by one U+FFFD
  };
  const Bad bads[] = {{"\xFF", 1},      // never valid
                      {"\xC2\x85", 1},  // C1 control (NEL)
                      {"\xE2\x80", 2},  // truncated three-byte sequence
                      {"\x01", 1}};     // C0 control
  for (const Bad& bad : bads) {
    for (size_t offset = 0; offset < 40; ++offset) {
      size_t at = offset;  // a character boundary
      while ((static_cast<uint8_t>(clean[at]) & 0xC0) == 0x80) ++at;
      std::string text = clean;
      text.insert(at, bad.bytes);
      std::string want = clean;
      want.insert(at, "\xEF\xBF\xBD");
      const DecodedText d = DecodeToUtf8(text);
      EXPECT_EQ(d.utf8, want) << "offset " << at;
      EXPECT_EQ(d.invalid_bytes, bad.invalid) << "offset " << at;
      EXPECT_EQ(d.encoding, "UTF-8");
    }
  }
}

TEST(IsValidUtf8, Table) {
  const struct {
    std::string bytes;
    bool valid;
  } cases[] = {
      {"", true},
      {"plain ascii that is longer than eight bytes", true},
      {"€ 𝄞 é", true},
      {"\xC2", false},
      {"\xC1\xBF", false},          // overlong
      {"\xE0\x9F\xBF", false},      // overlong
      {"\xED\xBF\xBF", false},      // surrogate
      {"\xF4\x90\x80\x80", false},  // above U+10FFFF
      {"\xF0\x90\x80\x80", true},
      {"abcdefgh\x80", false},
      {"\xEF\xBF\xBF", true},  // noncharacters are still well-formed
  };
  for (const auto& c : cases) {
    EXPECT_EQ(IsValidUtf8(c.bytes), c.valid) << c.bytes;
  }
}

TEST(ReplaceControlChars, RewritesInPlace) {
  std::string s = "one\0two\vthree"s;
  EXPECT_EQ(ReplaceControlChars(&s), 1u);
  EXPECT_EQ(s, "one\uFFFDtwo three");
  std::string clean = "no controls\there\n";
  EXPECT_EQ(ReplaceControlChars(&clean), 0u);
  EXPECT_EQ(clean, "no controls\there\n");
}

}  // namespace
}  // namespace tocsin
