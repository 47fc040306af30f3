// A streaming CoNLL-U reader (https://universaldependencies.org/format.html):
// one sentence at a time, with its comments, syntactic words, multiword
// token ranges ("1-2 du") and empty nodes ("8.1").
#ifndef TOCSIN_LEMMA_CONLLU_H_
#define TOCSIN_LEMMA_CONLLU_H_

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

// One line's ten columns. `id` is the first column as written.
struct ConlluWord {
  std::string id, form, lemma, upos, xpos, feats, head, deprel, deps, misc;
};

// A multiword token: surface form covering syntactic words [first, last]
// (1-based, inclusive).
struct ConlluMultiword {
  uint32_t first = 0, last = 0;
  std::string form;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // without the leading "# "
  std::vector<ConlluWord> words;      // syntactic words; words[i].id == i+1
  std::vector<ConlluMultiword> multiwords;
  std::vector<ConlluWord> empty_nodes;  // "8.1"
  uint64_t first_line = 0;              // 1-based line of its first line

  // The value of a "# key = value" comment, or "".
  std::string Comment(std::string_view key) const;
  void Clear();
};

// Not thread-safe. Reads from `in`, which must outlive the reader.
class ConlluReader {
 public:
  // `name` prefixes error messages ("file.conllu:12: ...").
  ConlluReader(std::istream* in, std::string name)
      : in_(in), name_(std::move(name)) {}

  // Reads the next sentence into *sentence. Returns false at the end of the
  // input, true when a sentence was read; InvalidArgument for malformed input
  // (wrong column count, non-sequential or malformed IDs, ranges that do not
  // match the words, a line over 1 MiB), naming the line.
  StatusOr<bool> Next(ConlluSentence* sentence);

 private:
  Status Error(uint64_t line, const std::string& message) const;
  Status ParseWordLine(std::string_view line, ConlluSentence* sentence);

  std::istream* in_;
  std::string name_;
  std::string line_;
  uint64_t line_no_ = 0;
};

}  // namespace tocsin

#endif  // TOCSIN_LEMMA_CONLLU_H_
