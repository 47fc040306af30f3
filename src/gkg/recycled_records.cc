#include "gkg/recycled_records.h"

namespace tocsin {
namespace gkg {

void ResetEntity(Entity* entity) {
  entity->kind = Entity::Kind::kPerson;
  entity->name.clear();
  entity->code.clear();
  entity->role.clear();
  entity->mentions.clear();
}

void ResetQuotation(Quotation* quotation) {
  quotation->parts.clear();
  quotation->text.clear();
  quotation->direct = true;
  quotation->speaker = -1;
  quotation->speaker_span = Span{};
  quotation->speaker_name.clear();
  quotation->speaker_code.clear();
  quotation->verb.clear();
  quotation->rule.clear();
  quotation->confidence = 0;
}

void ResetThemeHit(ThemeHit* hit) {
  hit->theme.clear();
  hit->count = 0;
  hit->mentions.clear();
}

EntityRecycler& EntitiesToReuse() {
  thread_local EntityRecycler recycler;
  return recycler;
}

QuotationRecycler& QuotationsToReuse() {
  thread_local QuotationRecycler recycler;
  return recycler;
}

ThemeHitRecycler& ThemeHitsToReuse() {
  thread_local ThemeHitRecycler recycler;
  return recycler;
}

}  // namespace gkg
}  // namespace tocsin
