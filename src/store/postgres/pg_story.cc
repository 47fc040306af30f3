#include "store/postgres/pg_story.h"

#include <string>
#include <vector>

#include "store/rows.h"

namespace tocsin {
namespace {

class PgStorySignatureTable : public StorySignatureTable {
 public:
  explicit PgStorySignatureTable(PgConnection* db) : db_(db) {}

  Status LoadStoryDay(int32_t day,
                      std::vector<StoredStorySignature>* out) override {
    out->clear();
    TOCSIN_ASSIGN_OR_RETURN(std::vector<SqlRow> rows,
                            db_->Query("SELECT s.doc, d.story_id, s.signature "
                                       "FROM story_signatures AS s "
                                       "JOIN documents AS d ON d.doc = s.doc "
                                       "WHERE s.day = $1 ORDER BY s.doc",
                                       {SqlValue(int64_t{day})}));
    for (const SqlRow& row : rows) {
      out->push_back({std::get<int64_t>(row[0]), std::get<int64_t>(row[1]),
                      std::string(SqlText(row[2]))});
    }
    return Status::OK();
  }

  Status AddStorySignature(int64_t doc, int32_t day,
                           std::string_view signature) override {
    return db_
        ->Run(
            "INSERT INTO story_signatures (doc, day, signature) "
            "VALUES ($1, $2, $3)",
            {SqlValue(doc), SqlValue(int64_t{day}), SqlValue(signature)})
        .status();
  }

 private:
  PgConnection* db_;
};

}  // namespace

std::unique_ptr<StorySignatureTable> NewPgStorySignatureTable(
    PgConnection* db) {
  return std::make_unique<PgStorySignatureTable>(db);
}

}  // namespace tocsin
