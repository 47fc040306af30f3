// Lemmatizer throughput: raw lexicon lookups, and whole sentences of real
// news (shared/corpus/bench/*.jsonl.gz when present, else a built-in
// paragraph). The text is split into tokens by a crude whitespace and
// punctuation splitter here, so the figure is the lemmatizer's alone.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstring>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "lemma/lemmatizer.h"
#include "util/paths.h"

namespace tocsin {
namespace {

const Lemmatizer& Get() {
  static Lemmatizer* l = [] {
    auto r = Lemmatizer::Open(DataDir());
    if (!r.ok()) {
      fprintf(stderr, "%s\n", r.status().ToString().c_str());
      std::abort();
    }
    return std::move(*r).release();
  }();
  return *l;
}

// Up to `max_bytes` of article text from a bench corpus, or "".
std::string ReadCorpus(const std::string& lang, size_t max_bytes) {
  std::string path =
      std::string(TOCSIN_SHARED_DIR) + "/corpus/bench/" + lang + ".jsonl.gz";
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return "";
  std::string text, line;
  char buf[1 << 16];
  while (text.size() < max_bytes && gzgets(f, buf, sizeof(buf))) {
    line += buf;
    if (line.empty() || line.back() != '\n') continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    line.clear();
    if (j.is_object() && j.contains("text") && j["text"].is_string()) {
      text += j["text"].get<std::string>();
      text += "\n";
    }
  }
  gzclose(f);
  return text;
}

bool IsPunct(char c) { return std::strchr(".,;:!?()[]\"«»", c) != nullptr; }

// Splits on spaces and punctuation, after an elision apostrophe, into
// sentences at . ! ?
void Tokenize(std::string_view in, AnalyzedText* text) {
  std::string raw;  // with typographic apostrophes made straight
  raw.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in.compare(i, 3, "\xE2\x80\x99") == 0) {
      raw.push_back('\'');
      i += 2;
    } else {
      raw.push_back(in[i]);
    }
  }
  text->Clear();
  text->normalized = raw;
  Sentence sent;
  auto add = [&](size_t b, size_t e) {
    if (b >= e) return;
    Token t;
    t.begin = t.norm_begin = b;
    t.end = t.norm_end = e;
    unsigned char c = raw[b];
    if (c >= 'A' && c <= 'Z') t.flags |= kTokenCapitalized;
    if (IsPunct(raw[b])) t.word_class = WordClass::kPunctuation;
    if (c >= '0' && c <= '9') t.word_class = WordClass::kNumeral;
    text->tokens.push_back(t);
    if (raw[b] == '.' || raw[b] == '!' || raw[b] == '?') {
      sent.end_token = text->tokens.size();
      text->sentences.push_back(sent);
      sent.first_token = sent.end_token;
    }
  };
  size_t start = 0;
  for (size_t i = 0; i <= raw.size(); ++i) {
    char c = i < raw.size() ? raw[i] : ' ';
    if (c == ' ' || c == '\n' || c == '\t') {
      add(start, i);
      start = i + 1;
    } else if (IsPunct(c)) {
      add(start, i);
      add(i, i + 1);
      start = i + 1;
    } else if (c == '\'' && i > start && i - start <= 6) {
      add(start, i + 1);
      start = i + 1;
    }
  }
  sent.end_token = text->tokens.size();
  if (sent.end_token > sent.first_token) text->sentences.push_back(sent);
}

constexpr char kFallbackFr[] =
    "Les troupes russes se sont retirées de la ville après des combats. "
    "Le ministre a affirmé que les forces ukrainiennes avaient repris "
    "plusieurs villages et menaçaient la route principale. ";
constexpr char kFallbackEn[] =
    "Russian forces shelled the city on Tuesday. The minister said "
    "Ukrainian troops had retaken several villages and were threatening "
    "the main supply road. ";

void BM_Lemmatize(benchmark::State& state, const char* lang) {
  const Lemmatizer& lemmatizer = Get();
  std::string raw = ReadCorpus(lang, 2 << 20);
  if (raw.empty()) {
    for (int i = 0; i < 2000; ++i)
      raw += lang[0] == 'f' ? kFallbackFr : kFallbackEn;
  }
  AnalyzedText text;
  Tokenize(raw, &text);
  for (auto _ : state) {
    text.lemmas.clear();
    for (const Sentence& s : text.sentences) {
      lemmatizer.LemmatizeSentence(lang, s.first_token, s.end_token, &text);
    }
    benchmark::DoNotOptimize(text.lemmas.data());
  }
  state.SetBytesProcessed(state.iterations() * text.normalized.size());
  state.SetItemsProcessed(state.iterations() * text.tokens.size());
}
BENCHMARK_CAPTURE(BM_Lemmatize, fr, "fr")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Lemmatize, en, "en")->Unit(benchmark::kMillisecond);

void BM_LexiconFind(benchmark::State& state, const char* lang) {
  const Lexicon& lex = lang[0] == 'f' ? Get().french() : Get().english();
  std::vector<std::string> forms;
  for (uint32_t i = 0; i < lex.entry_count(); i += lex.entry_count() / 8192) {
    forms.emplace_back(lex.FormAt(i));
    forms.push_back(forms.back() + "x");  // mostly absent
  }
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& f : forms) found += lex.Find(f).size();
  }
  benchmark::DoNotOptimize(found);
  state.SetItemsProcessed(state.iterations() * forms.size());
}
BENCHMARK_CAPTURE(BM_LexiconFind, fr, "fr");
BENCHMARK_CAPTURE(BM_LexiconFind, en, "en");

}  // namespace
}  // namespace tocsin

BENCHMARK_MAIN();
