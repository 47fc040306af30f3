// Pipeline::ProcessBatch against the obvious reference, Process() on each
// document alone: a batch changes the order the stages run in, never what
// they find.
#include "tocsin/pipeline.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gkg/knowledge_json.h"

namespace tocsin {
namespace {

// Our own sentences: events, quotations, places, amounts and dates in both
// languages, a mixed document, and an empty one.
const char* const kTexts[][2] = {
    {"en",
     "Russian forces shelled Kharkiv on Monday, killing three civilians. "
     "\"We will not retreat,\" the mayor of Kharkiv said."},
    {"fr",
     "Le président français a menacé la Russie de nouvelles sanctions. "
     "« Nous ne céderons pas », a déclaré Emmanuel Macron à Paris."},
    {"", ""},
    {"en",
     "China and Japan signed a trade agreement in Tokyo. About 2,000 "
     "protesters gathered outside the embassy on 3 March 2024."},
    {"fr",
     "L'armée ukrainienne s'est retirée de la ville. Une douzaine de "
     "dépôts ont été détruits près de Kherson."},
    {"",
     "NATO warned Moscow against any escalation.\n\nLe Japon a condamné "
     "l'essai de missile de la Corée du Nord."},
};

std::vector<Document> Documents() {
  std::vector<Document> docs;
  for (const auto& [language, text] : kTexts) {
    Document& doc = docs.emplace_back();
    doc.id = "doc" + std::to_string(docs.size());
    doc.language = language;
    doc.published = "2024-03-04";
    doc.text = text;
  }
  return docs;
}

// What a document's analysis says, compared field by field: the knowledge
// record whole, as `tocsin code` writes it, since its stages recycle the
// previous documents' records (gkg/recycled_records.h).
std::string Summary(const Document& doc, const DocumentAnalysis& a) {
  std::string s = a.text.language +
                  " tokens=" + std::to_string(a.text.tokens.size()) + "\n";
  for (const ActorMention& m : a.actors) {
    s += "actor " + m.code + " " + std::to_string(m.begin) + "-" +
         std::to_string(m.end) + "\n";
  }
  for (const Event& e : a.events) {
    s += "event " + e.cameo + " " + e.source.code + ">" + e.target.code + " " +
         e.rule + "\n";
  }
  for (const PlaceMention& p : a.places) {
    s += "place " + std::to_string(p.begin) + "-" + std::to_string(p.end) +
         " " + p.name + "\n";
  }
  s += "main_place " + std::to_string(a.main_place) + "\n";
  const Knowledge& k = a.knowledge;
  s += "entities " + std::to_string(k.entities.size()) + " quotations " +
       std::to_string(k.quotations.size()) + " themes " +
       std::to_string(k.themes.size()) + " amounts " +
       std::to_string(k.amounts.size()) + " dates " +
       std::to_string(k.dates.size()) + " tone " + std::to_string(k.tone.tone) +
       "\n";
  AppendKnowledgeJson(doc, a, &s);
  return s;
}

TEST(PipelineTest, BatchCodesWhatEachDocumentCodesAlone) {
  auto pipeline = Pipeline::Create({});
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  const std::vector<Document> docs = Documents();

  std::vector<std::string> alone;
  DocumentAnalysis analysis;
  for (const Document& doc : docs) {
    (*pipeline)->Process(doc, &analysis);
    alone.push_back(Summary(doc, analysis));
  }
  // The reference must see something for the comparison to mean anything.
  ASSERT_NE(alone[0].find("event "), std::string::npos) << alone[0];
  ASSERT_NE(alone[1].find("event "), std::string::npos) << alone[1];

  // Analyses are reused from batch to batch, as the CLI's loop does: a
  // smaller batch after a larger one, over analyses that hold older results.
  std::vector<DocumentAnalysis> analyses(docs.size());
  for (size_t batch : {docs.size(), size_t{1}, size_t{4}, size_t{2}}) {
    for (size_t begin = 0; begin < docs.size(); begin += batch) {
      const size_t n = std::min(batch, docs.size() - begin);
      (*pipeline)->ProcessBatch({docs.data() + begin, n}, analyses);
      for (size_t i = 0; i < n; ++i) {
        EXPECT_EQ(Summary(docs[begin + i], analyses[i]), alone[begin + i])
            << "batch of " << batch << ", document " << begin + i;
      }
    }
  }
}

TEST(PipelineTest, BatchCodesNoMoreThanItHasRoomFor) {
  auto pipeline = Pipeline::Create({});
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  const std::vector<Document> docs = Documents();
  std::vector<DocumentAnalysis> analyses(2);
  (*pipeline)->ProcessBatch(docs, analyses);
  DocumentAnalysis first;
  (*pipeline)->Process(docs[0], &first);
  EXPECT_EQ(Summary(docs[0], analyses[0]), Summary(docs[0], first));
}

}  // namespace
}  // namespace tocsin
