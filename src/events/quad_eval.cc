#include "events/quad_eval.h"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "util/lines.h"
#include "util/strings.h"

namespace tocsin {
namespace {

constexpr std::array<std::string_view, kQuadClassCount> kNames = {
    "statement/appeal", "verbal cooperation", "material cooperation",
    "verbal conflict", "material conflict"};

// Undoes CSV quoting of a whole field; other text is returned as it is.
std::string Unquote(std::string_view field) {
  if (field.size() < 2 || field.front() != '"' || field.back() != '"') {
    return std::string(field);
  }
  std::string out;
  field = field.substr(1, field.size() - 2);
  for (size_t i = 0; i < field.size(); ++i) {
    out += field[i];
    if (field[i] == '"' && i + 1 < field.size() && field[i + 1] == '"') ++i;
  }
  return out;
}

double Ratio(size_t a, size_t b) {
  return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b);
}

}  // namespace

std::string_view QuadClassName(int label) {
  return label >= 0 && label < kQuadClassCount ? kNames[label]
                                               : std::string_view();
}

StatusOr<std::vector<QuadExample>> ParseQuadExamples(std::string_view text,
                                                     std::string_view name) {
  std::vector<QuadExample> examples;
  LineReader lines(text);
  std::string_view line;
  while (lines.Next(&line)) {
    const size_t line_no = lines.number();
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;

    const size_t tab = line.rfind('\t');
    if (tab == std::string_view::npos) {
      return LineError(name, line_no, "no tab before the label");
    }
    const std::string_view label = TrimWhitespace(line.substr(tab + 1));
    if (label.size() != 1 || label[0] < '0' || label[0] > '4') {
      return LineError(name, line_no,
                       "label '" + std::string(label) + "' is not 0 to 4");
    }
    std::string sentence = Unquote(TrimWhitespace(line.substr(0, tab)));
    if (sentence.empty()) return LineError(name, line_no, "empty sentence");
    examples.push_back({std::move(sentence), label[0] - '0', line_no});
  }
  return examples;
}

StatusOr<std::vector<QuadExample>> ReadQuadExamples(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseQuadExamples(buffer.str(), path);
}

StatusOr<QuadScore> ScoreQuad(std::span<const int> gold,
                              std::span<const int> predicted) {
  if (gold.size() != predicted.size()) {
    return InvalidArgumentError(fmt::format("{} gold labels but {} predictions",
                                            gold.size(), predicted.size()));
  }
  QuadScore score;
  for (size_t i = 0; i < gold.size(); ++i) {
    const int g = gold[i], p = predicted[i];
    if (g < 0 || g >= kQuadClassCount) {
      return InvalidArgumentError(
          fmt::format("gold label {} at index {} is not 0 to 4", g, i));
    }
    if (p < kNoQuadPrediction || p >= kQuadClassCount) {
      return InvalidArgumentError(
          fmt::format("prediction {} at index {} is not -1 to 4", p, i));
    }
    ++score.classes[g].gold;
    if (p == kNoQuadPrediction) {
      ++score.unpredicted;
      ++score.confusion[g][kQuadClassCount];
      continue;
    }
    ++score.classes[p].predicted;
    ++score.confusion[g][p];
    if (p == g) {
      ++score.classes[g].correct;
      ++score.correct;
    }
  }
  score.total = gold.size();
  score.accuracy = Ratio(score.correct, score.total);
  double f1_sum = 0;
  for (QuadClassScore& c : score.classes) {
    c.precision = Ratio(c.correct, c.predicted);
    c.recall = Ratio(c.correct, c.gold);
    const double pr = c.precision + c.recall;
    c.f1 = pr == 0 ? 0.0 : 2 * c.precision * c.recall / pr;
    f1_sum += c.f1;
  }
  score.macro_f1 = f1_sum / kQuadClassCount;
  return score;
}

std::string QuadReportText(const QuadScore& s) {
  std::string out = fmt::format(
      "quad classes: {} sentences, {} coded ({:.1f}%), accuracy {:.3f}, "
      "macro-F1 {:.3f}\n\n",
      s.total, s.total - s.unpredicted,
      100.0 * Ratio(s.total - s.unpredicted, s.total), s.accuracy, s.macro_f1);
  out += fmt::format("{:<24} {:>6} {:>6} {:>7} {:>9} {:>7} {:>7}\n", "class",
                     "gold", "pred", "correct", "precision", "recall", "F1");
  for (int c = 0; c < kQuadClassCount; ++c) {
    const QuadClassScore& k = s.classes[c];
    out += fmt::format("{:<24} {:>6} {:>6} {:>7} {:>9.3f} {:>7.3f} {:>7.3f}\n",
                       fmt::format("{} {}", c, kNames[c]), k.gold, k.predicted,
                       k.correct, k.precision, k.recall, k.f1);
  }
  out += "\nconfusion (rows: gold; columns: predicted, none = no event)\n";
  out += fmt::format("{:<9}", "gold");
  for (int c = 0; c < kQuadClassCount; ++c) out += fmt::format(" {:>6}", c);
  out += fmt::format(" {:>6}\n", "none");
  for (int g = 0; g < kQuadClassCount; ++g) {
    out += fmt::format("{:<9}", g);
    for (size_t n : s.confusion[g]) out += fmt::format(" {:>6}", n);
    out += '\n';
  }
  return out;
}

std::string QuadReportJson(const QuadScore& s, int indent) {
  nlohmann::json classes = nlohmann::json::array();
  for (int c = 0; c < kQuadClassCount; ++c) {
    const QuadClassScore& k = s.classes[c];
    classes.push_back({{"label", c},
                       {"name", kNames[c]},
                       {"gold", k.gold},
                       {"predicted", k.predicted},
                       {"correct", k.correct},
                       {"precision", k.precision},
                       {"recall", k.recall},
                       {"f1", k.f1}});
  }
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : s.confusion) rows.push_back(row);
  const nlohmann::json report = {
      {"total", s.total},
      {"correct", s.correct},
      {"unpredicted", s.unpredicted},
      {"accuracy", s.accuracy},
      {"macro_f1", s.macro_f1},
      {"classes", std::move(classes)},
      {"confusion",
       {{"columns", {"0", "1", "2", "3", "4", "none"}}, {"rows", rows}}}};
  // Every string here is ours and ASCII; `replace` still guarantees that
  // dump never throws out of the library.
  return report.dump(indent, ' ', false,
                     nlohmann::json::error_handler_t::replace);
}

}  // namespace tocsin
