#include "store/scan_sql.h"

#include <string>

namespace tocsin {
namespace {

// Open bounds compare below and above every stored "YYYY-MM-DD".
SqlRow DayBounds(const StoreScanRange& range) {
  return {SqlValue(range.first_day),
          SqlValue(range.last_day.empty() ? std::string("9999-99-99")
                                          : range.last_day)};
}

std::string InRange(const QueryDialect& dialect) {
  return " d.superseded_by IS NULL AND d.day >= " + dialect.Param(1) +
         " AND d.day <= " + dialect.Param(2);
}

}  // namespace

int64_t SqlRowView::Int(int column) const {
  const SqlValue& v = row_[static_cast<size_t>(column)];
  if (const auto* i = std::get_if<int64_t>(&v)) return *i;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<int64_t>(*d);
  return 0;
}

double SqlRowView::Double(int column) const {
  const SqlValue& v = row_[static_cast<size_t>(column)];
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  return 0;
}

std::string_view SqlRowView::Text(int column) const {
  return SqlText(row_[static_cast<size_t>(column)]);
}

StatusOr<uint64_t> ScanStore(const QueryDialect& dialect,
                             const SelectFunction& select,
                             const StoreScanRange& range, StoreScanSink& sink) {
  const SqlRow bounds = DayBounds(range);
  TOCSIN_RETURN_IF_ERROR(select(
      "SELECT d.doc, d.day, coalesce(d.published, '') FROM documents AS d "
      "WHERE" +
          InRange(dialect) + " ORDER BY d.doc",
      bounds, [&](const ResultRow& row) {
        ScannedDocument document;
        document.doc = row.Int(0);
        document.day = row.Text(1);
        document.published = row.Text(2);
        return sink.OnDocument(document);
      }));
  TOCSIN_RETURN_IF_ERROR(
      select("SELECT t.doc, t.theme FROM themes AS t JOIN documents AS d "
             "ON d.doc = t.doc WHERE" +
                 InRange(dialect),
             bounds, [&](const ResultRow& row) {
               ScannedTheme theme;
               theme.doc = row.Int(0);
               theme.theme = row.Text(1);
               return sink.OnTheme(theme);
             }));
  TOCSIN_RETURN_IF_ERROR(
      select("SELECT p.doc, coalesce(p.country, ''), coalesce(p.adm1, '') "
             "FROM places AS p JOIN documents AS d ON d.doc = p.doc "
             "WHERE p.is_main = 1 AND" +
                 InRange(dialect),
             bounds, [&](const ResultRow& row) {
               ScannedPlace place;
               place.doc = row.Int(0);
               place.country = row.Text(1);
               place.adm1 = row.Text(2);
               return sink.OnPlace(place);
             }));
  TOCSIN_RETURN_IF_ERROR(select(
      "SELECT m.event_id, m.doc, m.source_code, m.target_code, m.cameo, "
      "m.root, m.quad_class, m.goldstein, coalesce(m.country, ''), "
      "coalesce(m.adm1, '') FROM event_mentions AS m JOIN documents AS d "
      "ON d.doc = m.doc WHERE m.negated = 0 AND" +
          InRange(dialect),
      bounds, [&](const ResultRow& row) {
        ScannedMention m;
        m.event_id = row.Int(0);
        m.doc = row.Int(1);
        m.source_code = row.Text(2);
        m.target_code = row.Text(3);
        m.cameo = row.Text(4);
        m.root = row.Text(5);
        m.quad_class = static_cast<int>(row.Int(6));
        m.goldstein = row.Double(7);
        m.country = row.Text(8);
        m.adm1 = row.Text(9);
        return sink.OnMention(m);
      }));
  uint64_t undated = 0;
  TOCSIN_RETURN_IF_ERROR(
      select("SELECT count(*) FROM documents AS d "
             "WHERE d.superseded_by IS NULL AND d.day IS NULL",
             {}, [&](const ResultRow& row) {
               undated = static_cast<uint64_t>(row.Int(0));
               return Status::OK();
             }));
  return undated;
}

StatusOr<EventReport> FirstEventReport(const QueryDialect& dialect,
                                       const SelectFunction& select,
                                       int64_t event_id) {
  EventReport report;
  bool found = false;
  TOCSIN_RETURN_IF_ERROR(select(
      "SELECT d.doc, d.id, coalesce(d.url, ''), d.outlet, "
      "coalesce(d.day, ''), d.language, coalesce(s.text, ''), "
      "m.trigger_text, coalesce(m.location_name, '') "
      "FROM event_mentions AS m JOIN documents AS d ON d.doc = m.doc "
      "LEFT JOIN sentences AS s ON s.doc = m.doc AND s.sentence = m.sentence "
      "WHERE m.event_id = " +
          dialect.Param(1) +
          " AND m.negated = 0 AND d.superseded_by IS NULL "
          "ORDER BY d.doc, m.event LIMIT 1",
      {SqlValue(event_id)}, [&](const ResultRow& row) {
        found = true;
        report.event_id = event_id;
        report.doc = row.Int(0);
        report.doc_id = row.Text(1);
        report.url = row.Text(2);
        report.outlet = row.Text(3);
        report.day = row.Text(4);
        report.language = row.Text(5);
        report.sentence = row.Text(6);
        report.trigger = row.Text(7);
        report.location_name = row.Text(8);
        return Status::OK();
      }));
  if (!found) {
    return NotFoundError("no current report of event " +
                         std::to_string(event_id));
  }
  return report;
}

StatusOr<DocumentReport> DescribeStoredDocument(const QueryDialect& dialect,
                                                const SelectFunction& select,
                                                int64_t doc) {
  DocumentReport report;
  bool found = false;
  TOCSIN_RETURN_IF_ERROR(select(
      "SELECT d.id, coalesce(d.url, ''), d.outlet, coalesce(d.day, ''), "
      "d.language, coalesce(d.title, '') FROM documents AS d WHERE d.doc = " +
          dialect.Param(1),
      {SqlValue(doc)}, [&](const ResultRow& row) {
        found = true;
        report.doc = doc;
        report.doc_id = row.Text(0);
        report.url = row.Text(1);
        report.outlet = row.Text(2);
        report.day = row.Text(3);
        report.language = row.Text(4);
        report.title = row.Text(5);
        return Status::OK();
      }));
  if (!found) return NotFoundError("no document " + std::to_string(doc));
  return report;
}

StatusOr<std::vector<StoredQuotation>> DocumentQuotations(
    const QueryDialect& dialect, const SelectFunction& select, int64_t doc) {
  std::vector<StoredQuotation> quotations;
  TOCSIN_RETURN_IF_ERROR(
      select("SELECT q.text, coalesce(q.speaker_name, ''), "
             "coalesce(q.speaker_code, ''), coalesce(d.day, ''), d.outlet, "
             "coalesce(d.url, '') FROM quotations AS q JOIN documents AS d "
             "ON d.doc = q.doc WHERE q.doc = " +
                 dialect.Param(1) + " ORDER BY q.quotation",
             {SqlValue(doc)}, [&](const ResultRow& row) {
               StoredQuotation q;
               q.doc = doc;
               q.text = row.Text(0);
               q.speaker_name = row.Text(1);
               q.speaker_code = row.Text(2);
               q.day = row.Text(3);
               q.outlet = row.Text(4);
               q.url = row.Text(5);
               quotations.push_back(std::move(q));
               return Status::OK();
             }));
  return quotations;
}

}  // namespace tocsin
