// The roles file's lists and the word_sets table the syntax rules test bits
// in: a bit must answer exactly as its list does.
#include "events/event_roles.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dict/fold.h"

namespace tocsin {
namespace {

// Every word of every list, and words in none, against each list.
void ExpectBitsAgreeWithLists(const EventRoles& roles,
                              const std::vector<std::string>& words) {
  const auto lists = EventRoleLists();
  for (const std::string& word : words) {
    const uint64_t key = FoldKey(word);
    const uint64_t* bits = roles.word_sets.Find(key);
    for (size_t i = 0; i < lists.size(); ++i) {
      const auto& [name, member] = lists[i];
      const WordKeySet& set = roles.*member;
      // Past the 64th, a list has no bit: SyntaxContext::Is asks the list.
      if (i >= 64) {
        EXPECT_EQ(set.bit(), 0u) << name;
        continue;
      }
      ASSERT_NE(set.bit(), 0u) << name;
      EXPECT_EQ(bits != nullptr && (*bits & set.bit()) != 0, set.Contains(key))
          << name << " / " << word;
    }
  }
}

TEST(EventRolesTest, WordSetBitsAgreeWithTheirLists) {
  auto roles = ParseEventRoles(
      "negation = not | never\n"
      "modal = could | might | may\n"
      "future = will | would\n"
      "locative = in | at\n"
      "place_prep = in | near\n",
      "test");
  ASSERT_TRUE(roles.ok()) << roles.status().ToString();
  ExpectBitsAgreeWithLists(*roles, {"not", "never", "could", "May", "will",
                                    "in", "IN", "near", "at", "army", ""});
  // "in" is in two lists: both bits.
  const uint64_t* in = roles->word_sets.Find(FoldKey("in"));
  ASSERT_NE(in, nullptr);
  EXPECT_EQ(*in, roles->locative.bit() | roles->place_prep.bit());
  // The bits are distinct.
  uint64_t seen = 0;
  for (const auto& [name, member] : EventRoleLists()) {
    EXPECT_EQ(seen & ((*roles).*member).bit(), 0u) << name;
    seen |= ((*roles).*member).bit();
  }
}

TEST(EventRolesTest, OurRolesFilesBitsAgreeWithTheirLists) {
  for (const char* language : {"en", "fr"}) {
    const std::string path = std::string(TOCSIN_SOURCE_DICT_DIR) + "/events/" +
                             language + "/_roles.txt";
    std::ifstream in(path);
    ASSERT_TRUE(in) << path;
    std::stringstream content;
    content << in.rdbuf();
    auto roles = ParseEventRoles(content.str(), path);
    ASSERT_TRUE(roles.ok()) << roles.status().ToString();
    std::vector<std::string> words = {"army", "the", "Ukraine"};
    std::string word;
    for (char ch : content.str()) {
      if (ch == '|' || ch == '=' || ch == '\n' || ch == '#') {
        while (!word.empty() && word.back() == ' ') word.pop_back();
        while (!word.empty() && word.front() == ' ') word.erase(0, 1);
        if (!word.empty()) words.push_back(word);
        word.clear();
      } else {
        word.push_back(ch);
      }
    }
    ASSERT_GT(words.size(), 100u) << path;
    ExpectBitsAgreeWithLists(*roles, words);
  }
}

}  // namespace
}  // namespace tocsin
