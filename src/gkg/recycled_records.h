// This thread's spare knowledge records, for the stages that build them
// (see util/recycle.h for why). Internal to src/gkg.
#ifndef TOCSIN_GKG_RECYCLED_RECORDS_H_
#define TOCSIN_GKG_RECYCLED_RECORDS_H_

#include "tocsin/knowledge.h"
#include "util/recycle.h"

namespace tocsin {
namespace gkg {

// Each returns a record to the state its default constructor gives, keeping
// the capacity of its strings and vectors.
void ResetEntity(Entity* entity);
void ResetQuotation(Quotation* quotation);
void ResetThemeHit(ThemeHit* hit);

using EntityRecycler = Recycler<Entity, &ResetEntity>;
using QuotationRecycler = Recycler<Quotation, &ResetQuotation>;
using ThemeHitRecycler = Recycler<ThemeHit, &ResetThemeHit>;

EntityRecycler& EntitiesToReuse();
QuotationRecycler& QuotationsToReuse();
ThemeHitRecycler& ThemeHitsToReuse();

}  // namespace gkg
}  // namespace tocsin

#endif  // TOCSIN_GKG_RECYCLED_RECORDS_H_
