#include "dict/alias_analyzer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "dict/fold.h"

namespace tocsin {
namespace {

bool HasLetter(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

}  // namespace

AliasAnalyzer::~AliasAnalyzer() = default;

StatusOr<std::unique_ptr<AliasAnalyzer>> AliasAnalyzer::Create(
    const std::string& dict_dir, const std::string& data_dir) {
  std::unique_ptr<AliasAnalyzer> a(new AliasAnalyzer());
  PipelineOptions options;
  options.dict_dir = dict_dir;
  options.data_dir = data_dir;
  options.actors = false;  // aliases are what actors.bin is compiled from
  TOCSIN_ASSIGN_OR_RETURN(a->pipeline_, Pipeline::Create(options));
  return a;
}

void AliasAnalyzer::Analyze(std::string_view alias, std::string_view language,
                            std::vector<AliasToken>* out) {
  out->clear();
  scratch_doc_.language = std::string(language);
  scratch_doc_.text = std::string(alias);
  pipeline_->Analyze(scratch_doc_, &scratch_text_);
  for (const Token& t : scratch_text_.tokens) {
    AliasToken a;
    a.form = FoldString(scratch_text_.Normalized(t));
    a.lemma = LemmaMatches(t.word_class) ? FoldString(scratch_text_.Lemma(t))
                                         : a.form;
    a.form_key = HashFolded(a.form);
    a.lemma_key = HashFolded(a.lemma);
    a.flags = t.flags;
    a.has_letter = HasLetter(scratch_text_.Normalized(t));
    out->push_back(std::move(a));
  }
}

}  // namespace tocsin
