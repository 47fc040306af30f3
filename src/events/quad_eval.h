// Evaluation of event coding against sentence-level quad-class labels, as
// in ConfliBERT's CAMEO classification set: each sentence carries one label
// 0 statement/appeal, 1 verbal cooperation, 2 material cooperation, 3 verbal
// conflict, 4 material conflict (CameoTable::QuadFive maps a CAMEO code to
// these). The coder's prediction for a sentence may also be "no event coded"
// (kNoQuadPrediction), which counts as wrong for accuracy and recall and is
// not a prediction of any class for precision.
//
// File format: UTF-8, one example per line, `sentence<TAB>label`. The label
// is the field after the last tab (surrounding spaces ignored) and must be
// one digit 0-4. Blank lines are skipped; a trailing '\r' is ignored. A
// sentence field wrapped in double quotes is CSV-unquoted (outer quotes
// removed, "" read as "), since the published files carry that residue.
// Any other line is an error: reading stops with InvalidArgument
// "name:line: why" rather than silently scoring a shifted file.
#ifndef TOCSIN_EVENTS_QUAD_EVAL_H_
#define TOCSIN_EVENTS_QUAD_EVAL_H_

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tocsin/status.h"

namespace tocsin {

inline constexpr int kQuadClassCount = 5;
inline constexpr int kNoQuadPrediction = -1;

// "statement/appeal", "verbal cooperation", ...; "" outside 0..4.
std::string_view QuadClassName(int label);

struct QuadExample {
  std::string sentence;
  int label = 0;    // 0..4
  size_t line = 0;  // 1-based line in the file
};

// Parses examples from file text; `name` prefixes error messages.
StatusOr<std::vector<QuadExample>> ParseQuadExamples(std::string_view text,
                                                     std::string_view name);
// Reads `path` (NotFound when it cannot be opened) with ParseQuadExamples.
StatusOr<std::vector<QuadExample>> ReadQuadExamples(const std::string& path);

struct QuadClassScore {
  size_t gold = 0;       // examples whose gold label is this class
  size_t predicted = 0;  // predictions of this class
  size_t correct = 0;
  // 0 when the denominator is 0 (no prediction / no gold of the class).
  double precision = 0, recall = 0, f1 = 0;
};

struct QuadScore {
  size_t total = 0;  // examples scored
  size_t correct = 0;
  size_t unpredicted = 0;  // predictions equal to kNoQuadPrediction
  double accuracy = 0;     // correct / total; 0 when total is 0
  // Unweighted mean of the five classes' F1, absent classes included
  // (they score 0), so the figure is comparable across subsets.
  double macro_f1 = 0;
  std::array<QuadClassScore, kQuadClassCount> classes{};
  // confusion[gold][predicted]; column kQuadClassCount counts "no event".
  std::array<std::array<size_t, kQuadClassCount + 1>, kQuadClassCount>
      confusion{};
};

// Scores predicted[i] against gold[i]. InvalidArgument when the sizes
// differ, a gold label is outside 0..4, or a prediction is outside -1..4
// (the message names the index).
StatusOr<QuadScore> ScoreQuad(std::span<const int> gold,
                              std::span<const int> predicted);

// A plain-text report: a summary line, the per-class table and the
// confusion matrix, each line ending in '\n'.
std::string QuadReportText(const QuadScore& score);

// The same figures as a JSON object: total, correct, unpredicted, accuracy,
// macro_f1, classes (array of {label, name, gold, predicted, correct,
// precision, recall, f1}) and confusion ({columns: ["0".."4","none"],
// rows: [[...] per gold label]}). `indent` < 0 gives one line.
std::string QuadReportJson(const QuadScore& score, int indent = 2);

}  // namespace tocsin

#endif  // TOCSIN_EVENTS_QUAD_EVAL_H_
