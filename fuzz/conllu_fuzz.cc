// Fuzzes the CoNLL-U reader: any input must give sentences or a clean
// InvalidArgument, never a crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "lemma/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // 1 MiB cap
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  tocsin::ConlluReader reader(&in, "fuzz");
  tocsin::ConlluSentence sentence;
  for (int i = 0; i < 100000; ++i) {
    tocsin::StatusOr<bool> more = reader.Next(&sentence);
    if (!more.ok() || !*more) break;
    for (const tocsin::ConlluMultiword& m : sentence.multiwords) {
      // The reader promises ranges inside the sentence.
      if (m.first == 0 || m.last > sentence.words.size()) __builtin_trap();
    }
    (void)sentence.Comment("text");
  }
  return 0;
}
