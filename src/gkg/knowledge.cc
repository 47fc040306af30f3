#include "gkg/knowledge.h"

#include "gkg/amounts.h"
#include "gkg/dates.h"
#include "gkg/entities.h"
#include "gkg/quotes.h"
#include "gkg/themes.h"
#include "gkg/token_view.h"
#include "gkg/tone.h"

namespace tocsin {

const char* EntityMentionKindName(EntityMentionKind kind) {
  switch (kind) {
    case EntityMentionKind::kName:
      return "name";
    case EntityMentionKind::kPartialName:
      return "partial_name";
    case EntityMentionKind::kDescription:
      return "description";
    case EntityMentionKind::kPronoun:
      return "pronoun";
  }
  return "name";
}

const char* EntityKindName(Entity::Kind kind) {
  return kind == Entity::Kind::kOrganization ? "organization" : "person";
}

KnowledgeExtractor::KnowledgeExtractor() = default;
KnowledgeExtractor::~KnowledgeExtractor() = default;

StatusOr<std::unique_ptr<KnowledgeExtractor>> KnowledgeExtractor::Create(
    const std::string& dict_dir, const std::string& data_dir) {
  std::unique_ptr<KnowledgeExtractor> k(new KnowledgeExtractor());
  k->entities_ = std::make_unique<EntityLinker>();
  TOCSIN_RETURN_IF_ERROR(k->entities_->Load(dict_dir));
  k->quotes_ = std::make_unique<QuoteExtractor>();
  k->quotes_->ShareLexicons(&k->entities_->lexicons());
  TOCSIN_ASSIGN_OR_RETURN(k->themes_, ThemeMatcher::Load(dict_dir));
  TOCSIN_ASSIGN_OR_RETURN(k->tone_, ToneScorer::Load(data_dir, dict_dir));
  TOCSIN_ASSIGN_OR_RETURN(k->amounts_, AmountFinder::Load(dict_dir));
  TOCSIN_ASSIGN_OR_RETURN(k->dates_, DateFinder::Load(dict_dir));
  return k;
}

void KnowledgeExtractor::Extract(const Document& doc, const AnalyzedText& text,
                                 const std::vector<ActorMention>& actors,
                                 Knowledge* out) const {
  // Not out->Clear(): the entity, quotation and theme stages recycle the
  // previous document's records, buffers and all (gkg/recycled_records.h).
  // Amounts and dates are appended to; tone is overwritten.
  out->amounts.clear();
  out->dates.clear();
  // Quotations come after entities: their speakers are entities, and the
  // pronouns and descriptions that name a speaker join that entity. Both
  // ask about the same tokens' speech words: one memo serves both.
  {
    const gkg::DocumentMemo memo(entities_->lexicons().For(text.language),
                                 text);
    entities_->Link(doc, text, actors, &out->entities);
    quotes_->Extract(doc, text, actors, &out->entities, &out->quotations);
  }
  themes_->Match(text, &out->themes);
  tone_->Score(text, &out->tone, &out->sentence_tones);
  amounts_->Find(doc, text, &out->amounts);
  dates_->Find(doc, text, &out->dates);
}

size_t KnowledgeExtractor::theme_count() const {
  return themes_->theme_count();
}

}  // namespace tocsin
