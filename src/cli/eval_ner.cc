// `tocsin eval ner --format bio|hipe|conflibert FILE [--lang fr] [--json]
// [--errors N]`: how well the actor mentions (dictionary and name finder)
// find the named entities of a gold file. Each gold document's text is
// rebuilt from its tokens and run through the real pipeline
// (actors/ner_eval.h).
//  - bio, hipe: PER/LOC/ORG precision, recall and F1, per label and micro,
//    with strict spans (same bytes, same label) and lenient ones (overlap,
//    same label). Person spans follow each format's convention: for HIPE
//    (impresso guidelines) with their titles, functions and appositions
//    ("M. Ador, conseiller fédéral"; ExtendPersonSpan, person_extent.h), and
//    without the names nested in them; names only for BIO (CoNLL style).
//  - conflibert: recall of the event source/target/other-party spans (S, T,
//    R) by any actor mention, exact and by overlap.
// Readable table by default (--errors N first lists missed and false
// spans); with --json one object with stable keys.
#include <fmt/core.h>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "actors/ner_eval.h"
#include "cli/commands.h"
#include "cli/pipeline_loader.h"
#include "lemma/lemmatizer.h"
#include "util/paths.h"

namespace tocsin::cli {
namespace {

struct EvalNerOptions {
  std::string path;
  std::string format = "bio";
  std::string language;  // "" = detect, unless the file says
  uint32_t max_document_tokens = 1000;
  uint32_t errors = 0;  // strict errors to print
  bool json = false;
};

// Prints the gold spans no prediction matches exactly ("miss") and the
// predictions that match no gold span ("false"), at most *budget lines.
void PrintErrors(const NerDocument& gold, std::span<const NerSpan> predicted,
                 uint32_t* budget) {
  auto same = [](const NerSpan& a, const NerSpan& b) {
    return a.begin == b.begin && a.end == b.end && a.label == b.label;
  };
  auto print = [&](const char* what, const NerSpan& span) {
    if (*budget == 0) return;
    --*budget;
    std::string text = gold.text.substr(span.begin, span.end - span.begin);
    std::replace(text.begin(), text.end(), '\n', ' ');
    fmt::print("{} {:<5} {:<4} {}\n", gold.id, what, span.label, text);
  };
  for (const NerSpan& g : gold.gold) {
    if (g.label != "PER" && g.label != "LOC" && g.label != "ORG") continue;
    if (std::none_of(predicted.begin(), predicted.end(),
                     [&](const NerSpan& p) { return same(g, p); })) {
      print("miss", g);
    }
  }
  for (const NerSpan& p : predicted) {
    if (std::none_of(gold.gold.begin(), gold.gold.end(),
                     [&](const NerSpan& g) { return same(g, p); })) {
      print("false", p);
    }
  }
}

nlohmann::json Figures(double p, double r, double f) {
  return {{"precision", p}, {"recall", r}, {"f1", f}};
}

nlohmann::json CountsJson(const NerCounts& c, bool recall_only) {
  if (recall_only) {
    return {{"gold", c.gold},
            {"exact", c.strict},
            {"exact_recall", c.StrictRecall()},
            {"overlap", c.gold_overlapped},
            {"overlap_recall", c.LenientRecall()}};
  }
  return {
      {"gold", c.gold},
      {"predicted", c.predicted},
      {"strict_correct", c.strict},
      {"strict", Figures(c.StrictPrecision(), c.StrictRecall(), c.StrictF1())},
      {"lenient",
       Figures(c.LenientPrecision(), c.LenientRecall(), c.LenientF1())}};
}

void PrintTable(const NerScorer& scorer, bool recall_only) {
  auto row = [&](std::string_view label, const NerCounts& c) {
    if (recall_only) {
      fmt::print("  {:<6} {:>7} {:>7} {:>7.1f}% {:>8} {:>7.1f}%\n", label,
                 c.gold, c.strict, 100 * c.StrictRecall(), c.gold_overlapped,
                 100 * c.LenientRecall());
      return;
    }
    fmt::print(
        "  {:<6} {:>6} {:>6}  {:>6.3f} {:>6.3f} {:>6.3f}   {:>6.3f} {:>6.3f} "
        "{:>6.3f}\n",
        label, c.gold, c.predicted, c.StrictPrecision(), c.StrictRecall(),
        c.StrictF1(), c.LenientPrecision(), c.LenientRecall(), c.LenientF1());
  };
  if (recall_only) {
    fmt::print("  {:<6} {:>7} {:>7} {:>8} {:>8} {:>8}\n", "span", "gold",
               "exact", "recall", "overlap", "recall");
  } else {
    fmt::print("  {:<6} {:>6} {:>6}  {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}\n",
               "", "gold", "pred", "strict", "", "", "overlap", "", "");
    fmt::print("  {:<6} {:>6} {:>6}  {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}\n",
               "label", "", "", "P", "R", "F1", "P", "R", "F1");
  }
  for (const auto& [label, c] : scorer.by_label()) row(label, c);
  row("all", scorer.Overall());
}

int RunEvalNer(const EvalNerOptions& options) {
  const bool conflibert = options.format == "conflibert";
  if (!conflibert && options.format != "bio" && options.format != "hipe") {
    fmt::print(stderr, "tocsin: error: unknown format '{}'\n", options.format);
    return 2;
  }
  NerReadOptions read;
  read.max_document_tokens = options.max_document_tokens;
  auto docs = ReadNerFile(
      options.path,
      options.format == "hipe" ? NerFormat::kHipe : NerFormat::kBio, read);
  if (!docs.ok()) {
    fmt::print(stderr, "tocsin: error: {}\n", docs.status().ToString());
    return 2;
  }
  auto pipeline = LoadPipeline();
  if (!pipeline) return 2;
  auto lexicons = Lemmatizer::Open(DataDir());
  if (!lexicons.ok()) {
    fmt::print(stderr, "tocsin: error: {}\n", lexicons.status().ToString());
    return 2;
  }
  const bool hipe = options.format == "hipe";
  auto roles = PersonRoles::Load(DictDir());
  if (!roles.ok()) {
    fmt::print(stderr, "tocsin: error: {}\n", roles.status().ToString());
    return 2;
  }
  NerScorer scorer(conflibert ? std::vector<std::string>{"R", "S", "T"}
                              : std::vector<std::string>{"LOC", "ORG", "PER"},
                   /*match_labels=*/!conflibert);
  DocumentAnalysis analysis;
  std::vector<NerSpan> predicted;
  uint64_t bytes = 0;
  uint32_t error_budget = options.json ? 0 : options.errors;
  for (const NerDocument& gold : *docs) {
    Document doc;
    doc.id = gold.id;
    doc.source = options.path;
    doc.published = gold.date;
    doc.language = options.language.empty() ? gold.language : options.language;
    doc.text = gold.text;
    bytes += doc.text.size();
    pipeline->Process(doc, &analysis);
    if (conflibert) {
      predicted.clear();
      for (const ActorMention& m : analysis.actors) {
        predicted.push_back({m.begin, m.end, "ACTOR"});
      }
    } else {
      MentionsToNerSpans(doc, analysis.text, analysis.actors, lexicons->get(),
                         /*titles=*/hipe, hipe ? &*roles : nullptr, &predicted);
    }
    scorer.Add(gold.gold, predicted);
    if (!conflibert && error_budget > 0) {
      PrintErrors(gold, predicted, &error_budget);
    }
  }
  if (options.json) {
    nlohmann::json labels = nlohmann::json::object();
    for (const auto& [label, c] : scorer.by_label()) {
      labels[label] = CountsJson(c, conflibert);
    }
    nlohmann::json j = {{"file", options.path},
                        {"format", options.format},
                        {"documents", docs->size()},
                        {"bytes", bytes},
                        {"labels", labels},
                        {"overall", CountsJson(scorer.Overall(), conflibert)}};
    if (conflibert) {
      j["mentions"] = scorer.Overall().predicted;
      j["mentions_overlapping"] = scorer.Overall().predicted_overlap;
    }
    fmt::print("{}\n", j.dump());
    return 0;
  }
  fmt::print("{} on {} ({}, {} documents)\n",
             conflibert ? "source/target span recall" : "named entities",
             options.path, options.format, docs->size());
  PrintTable(scorer, conflibert);
  if (conflibert) {
    const NerCounts all = scorer.Overall();
    fmt::print("  mentions: {}, overlapping a span: {}\n", all.predicted,
               all.predicted_overlap);
  }
  return 0;
}

}  // namespace

void AddEvalNerCommand(CLI::App& eval, Runner* selected) {
  auto options = std::make_shared<EvalNerOptions>();
  CLI::App* ner = eval.add_subcommand(
      "ner", "Named-entity (PER/LOC/ORG) scores of the actor mentions");
  ner->add_option("file", options->path, "Gold file")->required();
  ner->add_option("--format", options->format,
                  "bio, hipe or conflibert (hipe: person spans hold titles, "
                  "functions and appositions, as HIPE annotates them)")
      ->capture_default_str();
  ner->add_option("--lang", options->language,
                  "Language of the text (default: the file's, else detect)");
  ner->add_option("--document-tokens", options->max_document_tokens,
                  "BIO files without blank lines: tokens per document")
      ->capture_default_str();
  ner->add_option("--errors", options->errors,
                  "Print up to this many missed and false spans (bio, hipe)");
  ner->add_flag("--json", options->json, "Print one JSON object");
  ner->callback([options, selected] {
    *selected = [options] { return RunEvalNer(*options); };
  });
}

}  // namespace tocsin::cli
