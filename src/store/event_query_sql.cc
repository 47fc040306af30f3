#include "store/event_query_sql.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <variant>

#include "tocsin/place.h"
#include "util/great_circle.h"

namespace tocsin {
namespace {

// Rows of current documents, negated mentions left out: the `events` view's
// scope, for mention alias `m` and document alias `d`.
constexpr std::string_view kCurrent =
    "d.superseded_by IS NULL AND m.negated = 0";

// Collects the WHERE conditions and their bound values.
class Conditions {
 public:
  explicit Conditions(const QueryDialect& dialect) : dialect_(dialect) {}

  // A placeholder bound to the value. Emplaced by type: moving a whole
  // SqlValue trips GCC's maybe-uninitialized on the variant's string.
  std::string Bind(int64_t v) {
    params_.emplace_back(std::in_place_type<int64_t>, v);
    return Placeholder();
  }
  std::string Bind(double v) {
    params_.emplace_back(std::in_place_type<double>, v);
    return Placeholder();
  }
  std::string BindText(std::string_view s) {
    params_.emplace_back(std::in_place_type<std::string>, s);
    return Placeholder();
  }
  void Add(std::string condition) { where_.push_back(std::move(condition)); }

  // substr(column, 1, len) = value: a code prefix. The length is our own
  // integer; the prefix is bound.
  std::string Prefix(std::string_view column, std::string_view prefix) {
    return "substr(" + std::string(column) + ", 1, " +
           std::to_string(prefix.size()) + ") = " + BindText(prefix);
  }

  std::string Where() const {
    std::string out;
    for (const std::string& c : where_) out += " AND " + c;
    return out;
  }
  SqlRow TakeParams() { return std::move(params_); }
  std::string Placeholder() const {
    return dialect_.Param(static_cast<int>(params_.size()));
  }
  const QueryDialect& dialect() const { return dialect_; }

 private:
  const QueryDialect& dialect_;
  SqlRow params_;
  std::vector<std::string> where_;
};

// '%' + `s` + '%' with LIKE's wildcards escaped by '\'.
std::string ContainsPattern(std::string_view s) {
  std::string out = "%";
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('%');
  return out;
}

// A box around the circle, for an index-friendly prefilter; NearMatches
// does the exact test. Longitude is left open near the poles and wraps at
// the antimeridian.
void AddBoundingBox(const GeoCircle& c, Conditions* w) {
  constexpr double kKmPerDegree = 111.19;
  const double dlat = c.km / kKmPerDegree + 1e-6;
  w->Add("m.lat IS NOT NULL AND m.lon IS NOT NULL");
  w->Add("m.lat >= " + w->Bind(c.lat - dlat) +
         " AND m.lat <= " + w->Bind(c.lat + dlat));
  const double max_lat =
      std::max(std::abs(c.lat - dlat), std::abs(c.lat + dlat));
  if (max_lat >= 89.9) return;
  const double dlon =
      dlat / std::cos(max_lat * std::numbers::pi / 180.0) + 1e-6;
  if (dlon >= 180) return;
  const double west = c.lon - dlon, east = c.lon + dlon;
  if (west >= -180 && east <= 180) {
    w->Add("m.lon >= " + w->Bind(west) + " AND m.lon <= " + w->Bind(east));
  } else {
    const double w1 = west < -180 ? west + 360 : west;
    const double e1 = east > 180 ? east - 360 : east;
    w->Add("(m.lon >= " + w->Bind(w1) + " OR m.lon <= " + w->Bind(e1) + ")");
  }
}

Status AddFilters(const EventQuery& q, Conditions* w) {
  if (!q.since.empty()) w->Add("d.day >= " + w->BindText(q.since));
  if (!q.until.empty()) w->Add("d.day <= " + w->BindText(q.until));
  if (!q.actor.empty()) {
    w->Add("(" + w->Prefix("m.source_code", q.actor) + " OR " +
           w->Prefix("m.target_code", q.actor) + ")");
  }
  if (!q.dyad_source.empty()) {
    w->Add(w->Prefix("m.source_code", q.dyad_source));
    w->Add(w->Prefix("m.target_code", q.dyad_target));
  }
  if (!q.code.empty()) w->Add(w->Prefix("m.cameo", q.code));
  if (!q.root.empty()) w->Add("m.root = " + w->BindText(q.root));
  if (q.quad_class != 0) {
    w->Add("m.quad_class = " + w->Bind(int64_t{q.quad_class}));
  }
  if (q.country.size() == 2) {
    w->Add("m.country = " + w->BindText(q.country));
  } else if (!q.country.empty()) {
    w->Add(
        "EXISTS (SELECT 1 FROM places AS p WHERE p.doc = m.doc AND "
        "p.place = m.place AND p.country3 = " +
        w->BindText(q.country) + ")");
  }
  if (!q.adm1.empty()) w->Add("m.adm1 = " + w->BindText(q.adm1));
  if (q.near) AddBoundingBox(*q.near, w);
  if (!q.theme.empty()) {
    w->Add(
        "EXISTS (SELECT 1 FROM themes AS t WHERE t.doc = m.doc AND "
        "t.theme = " +
        w->BindText(q.theme) + ")");
  }
  if (!q.speaker.empty()) {
    const std::string like = w->dialect().LikeIgnoreCase(
        "qs.speaker_name", w->BindText(ContainsPattern(q.speaker)));
    w->Add(
        "EXISTS (SELECT 1 FROM quotations AS qs WHERE qs.doc = m.doc AND "
        "(" +
        like + " OR qs.speaker_code = " + w->BindText(q.speaker) + "))");
  }
  if (!q.text.empty()) {
    TOCSIN_ASSIGN_OR_RETURN(std::string value,
                            w->dialect().FullTextValue(q.text));
    w->Add(w->dialect().FullTextCondition("m.doc", w->BindText(value)));
  }
  return Status::OK();
}

std::string OrderBy(EventOrder order) {
  switch (order) {
    case EventOrder::kDay:
      return " ORDER BY coalesce(a.day, ''), a.event_id";
    case EventOrder::kRecent:
      return " ORDER BY coalesce(a.day, '') DESC, a.event_id";
    case EventOrder::kArticles:
      return " ORDER BY a.num_articles DESC, a.num_mentions DESC, a.event_id";
  }
  return "";
}

// The result columns, in DecodeEventRow's order.
enum Col : int {
  kId,
  kDay,
  kSourceCode,
  kTargetCode,
  kCameo,
  kQuad,
  kGoldstein,
  kPloverType,
  kPloverMode,
  kMentions,
  kSources,
  kArticles,
  kDateAdded,
  kRootEvent,
  kHypothetical,
  kAvgTone,
  kSourceUrl,
  kOutlet,
  kDocLanguage,
  kSentence,
  kBegin,
  kEnd,
  kRule,
  kSourceText,
  kTargetText,
  kSentenceText,
  kSentenceLanguage,
  kPlaceLevel,
  kPlaceName,
  kAdm1Name,
  kCountry,
  kCountry3,
  kAdm1,
  kLat,
  kLon,
  kGeonameid,
  kColumns
};

constexpr std::string_view kSelect = R"sql(
SELECT a.event_id, a.day, a.source_code, a.target_code, a.cameo,
       a.quad_class, a.goldstein, a.plover_type, a.plover_mode,
       a.num_mentions, a.num_sources, a.num_articles, a.date_added,
       a.root_event, a.hypothetical,
       (SELECT AVG(t.tone) FROM tones AS t WHERE t.doc IN
          (SELECT m.doc FROM event_mentions AS m
           JOIN documents AS d ON d.doc = m.doc
           WHERE m.event_id = a.event_id AND d.superseded_by IS NULL
             AND m.negated = 0)),
       coalesce(fd.url, fd.id), fd.outlet, fd.language,
       r.sentence, r.span_begin, r.span_end, r.rule,
       r.source_text, r.target_text, s.text, s.language,
       p.level, p.name, p.adm1_name, p.country, p.country3, p.adm1,
       p.lat, p.lon, p.geonameid
FROM agg AS a
JOIN documents AS fd ON fd.doc = a.first_doc
JOIN event_mentions AS r ON r.doc = a.first_doc AND r.event =
  (SELECT MIN(x.event) FROM event_mentions AS x
   WHERE x.doc = a.first_doc AND x.event_id = a.event_id AND x.negated = 0)
LEFT JOIN sentences AS s ON s.doc = r.doc AND s.sentence = r.sentence
LEFT JOIN places AS p ON p.doc = r.doc AND p.place = r.place)sql";

// Every aggregate is a MIN/MAX/COUNT so PostgreSQL accepts the GROUP BY.
constexpr std::string_view kAggregate = R"sql(
agg AS (
  SELECT m.event_id AS event_id, MIN(d.day) AS day,
         MIN(m.source_code) AS source_code, MIN(m.target_code) AS target_code,
         MIN(m.cameo) AS cameo, MIN(m.quad_class) AS quad_class,
         MIN(m.goldstein) AS goldstein, MIN(m.plover_type) AS plover_type,
         MIN(m.plover_mode) AS plover_mode, COUNT(*) AS num_mentions,
         COUNT(DISTINCT d.outlet) AS num_sources,
         COUNT(DISTINCT d.doc) AS num_articles, MIN(d.doc) AS first_doc,
         MIN(d.ingested_at) AS date_added,
         MAX(CASE WHEN s.paragraph = 0 THEN 1 ELSE 0 END) AS root_event,
         MAX(m.hypothetical) AS hypothetical
  FROM selected AS e
  JOIN event_mentions AS m ON m.event_id = e.event_id
  JOIN documents AS d ON d.doc = m.doc
  LEFT JOIN sentences AS s ON s.doc = m.doc AND s.sentence = m.sentence
  WHERE d.superseded_by IS NULL AND m.negated = 0
  GROUP BY m.event_id))sql";

int64_t AsInt(const SqlValue& v) {
  if (const auto* i = std::get_if<int64_t>(&v)) return *i;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  return 0;
}
double AsDouble(const SqlValue& v) {
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  return 0;
}
bool IsNull(const SqlValue& v) {
  return std::holds_alternative<std::monostate>(v);
}
std::string AsText(const SqlValue& v) { return std::string(SqlText(v)); }

PlaceLevel LevelNamed(std::string_view name) {
  for (PlaceLevel l :
       {PlaceLevel::kCountry, PlaceLevel::kAdmin1, PlaceLevel::kPopulated}) {
    if (name == PlaceLevelName(l)) return l;
  }
  return PlaceLevel::kPopulated;
}

void DecodePlace(const SqlRow& r, ExportPlace* p) {
  if (IsNull(r[kPlaceName])) return;
  p->present = true;
  p->level = LevelNamed(SqlText(r[kPlaceLevel]));
  p->name = AsText(r[kPlaceName]);
  p->adm1_name = AsText(r[kAdm1Name]);
  // The places table keeps no country name; a country's own name is one.
  if (p->level == PlaceLevel::kCountry) p->country_name = p->name;
  p->country = AsText(r[kCountry]);
  p->country3 = AsText(r[kCountry3]);
  p->adm1 = AsText(r[kAdm1]);
  p->has_coordinates = !IsNull(r[kLat]) && !IsNull(r[kLon]);
  p->lat = AsDouble(r[kLat]);
  p->lon = AsDouble(r[kLon]);
  p->geonameid = static_cast<uint32_t>(AsInt(r[kGeonameid]));
}

}  // namespace

StatusOr<BuiltQuery> BuildEventsQuery(const EventQuery& query,
                                      const QueryDialect& dialect) {
  TOCSIN_RETURN_IF_ERROR(ValidateEventQuery(query));
  Conditions where(dialect);
  TOCSIN_RETURN_IF_ERROR(AddFilters(query, &where));
  BuiltQuery built;
  built.sql =
      "WITH selected AS (SELECT DISTINCT m.event_id AS event_id "
      "FROM event_mentions AS m JOIN documents AS d ON d.doc = m.doc WHERE " +
      std::string(kCurrent) + where.Where() + ")," + std::string(kAggregate) +
      std::string(kSelect) + OrderBy(query.order);
  if (query.limit > 0 && !query.near) {
    built.sql += " LIMIT " + where.Bind(static_cast<int64_t>(
                                 std::min<uint64_t>(query.limit, INT64_MAX)));
  }
  built.params = where.TakeParams();
  return built;
}

ExportEvent DecodeEventRow(const SqlRow& r) {
  ExportEvent e;
  if (r.size() < kColumns) return e;
  e.id = static_cast<uint64_t>(AsInt(r[kId]));
  e.day = AsText(r[kDay]);
  e.source = {AsText(r[kSourceCode]), AsText(r[kSourceText])};
  e.target = {AsText(r[kTargetCode]), AsText(r[kTargetText])};
  e.cameo = AsText(r[kCameo]);
  e.quad_class = static_cast<int>(AsInt(r[kQuad]));
  e.goldstein = AsDouble(r[kGoldstein]);
  e.plover_type = AsText(r[kPloverType]);
  e.plover_mode = AsText(r[kPloverMode]);
  e.num_mentions = AsInt(r[kMentions]);
  e.num_sources = AsInt(r[kSources]);
  e.num_articles = AsInt(r[kArticles]);
  e.date_added = AsText(r[kDateAdded]);
  e.root_event = AsInt(r[kRootEvent]) != 0;
  e.hypothetical = AsInt(r[kHypothetical]) != 0;
  e.avg_tone = AsDouble(r[kAvgTone]);
  e.source_url = AsText(r[kSourceUrl]);
  e.sentence_index = AsInt(r[kSentence]);
  e.begin = AsInt(r[kBegin]);
  e.end = AsInt(r[kEnd]);
  e.rule = AsText(r[kRule]);
  e.sentence = AsText(r[kSentenceText]);
  e.language = IsNull(r[kSentenceLanguage]) ? AsText(r[kDocLanguage])
                                            : AsText(r[kSentenceLanguage]);
  DecodePlace(r, &e.place);
  // Without the document list, Plover's publication still names the outlet.
  e.outlets.push_back(AsText(r[kOutlet]));
  return e;
}

bool NearMatches(const EventQuery& query, const ExportEvent& event) {
  if (!query.near) return true;
  if (!event.place.present || !event.place.has_coordinates) return false;
  const GeoCircle& c = *query.near;
  return GreatCircleKm(c.lat, c.lon, event.place.lat, event.place.lon) <= c.km;
}

std::string EventDocumentsSql(const QueryDialect& dialect) {
  return "SELECT d.id, coalesce(d.url, ''), d.outlet FROM documents AS d "
         "WHERE d.superseded_by IS NULL AND d.doc IN (SELECT m.doc FROM "
         "event_mentions AS m WHERE m.event_id = " +
         dialect.Param(1) + " AND m.negated = 0) ORDER BY d.doc";
}

void AddEventDocument(const SqlRow& row, ExportEvent* event) {
  if (row.size() < 3) return;
  event->doc_ids.push_back(AsText(row[0]));
  event->urls.push_back(AsText(row[1]));
  event->outlets.push_back(AsText(row[2]));
}

std::string EventMentionsSql(const QueryDialect& dialect) {
  return "SELECT coalesce(d.published, d.ingested_at), d.outlet, "
         "coalesce(d.url, d.id), m.sentence, m.source_begin, m.target_begin, "
         "m.span_begin, m.confidence, d.text_bytes, t.tone, d.language "
         "FROM event_mentions AS m JOIN documents AS d ON d.doc = m.doc "
         "LEFT JOIN tones AS t ON t.doc = m.doc WHERE m.event_id = " +
         dialect.Param(1) + " AND " + std::string(kCurrent) +
         " ORDER BY m.doc, m.event";
}

ExportMention DecodeMentionRow(const SqlRow& r, const ExportEvent& event) {
  ExportMention m;
  if (r.size() < 11) return m;
  m.event_id = event.id;
  m.event_added = event.date_added;
  // "2026-03-07T10:00:00+02:00" -> the local time's digits; the offset
  // would make CompactTime's 14 digits 18.
  m.mention_time = AsText(r[0]).substr(0, 19);
  m.outlet = AsText(r[1]);
  m.url = AsText(r[2]);
  m.sentence_index = AsInt(r[3]);
  m.source_offset = IsNull(r[4]) ? -1 : AsInt(r[4]);
  m.target_offset = IsNull(r[5]) ? -1 : AsInt(r[5]);
  m.action_offset = AsInt(r[6]);
  // The coder does not score events yet (NULL): an unscored mention is
  // reported at full confidence, as docs/export-formats.md says.
  m.confidence = IsNull(r[7]) ? 1.0 : AsDouble(r[7]);
  m.doc_length = AsInt(r[8]);
  m.doc_tone = AsDouble(r[9]);
  m.language = AsText(r[10]);
  return m;
}

}  // namespace tocsin
