// Watches: named filters over events, with their own thresholds, read from
// a small text file an analyst writes.
//
//   # comments and blank lines are ignored
//   [watch baltic]                      one section per watch; a name of
//   description = Pressure on the Baltic    letters, digits, '-', '_', '.'
//   actors = RUS, BLR                   actor code prefixes (source or target)
//   dyads = RUSMIL>EST, RUS>*           source>target prefixes, '*' any
//   codes = 15, 1385, 204               CAMEO code prefixes
//   themes = MIL_EXERCISE               theme names
//   places = EE, LV-01                  ISO 3166-1 alpha-2 or 3166-2
//   posture_sources = RUS               root-15 events only from these
//   false_alarm_rate = 0.005            in (0, 0.5)
//   min_count = 2                       >= 1
//
// Lists are comma-separated. A watch's event series counts the events that
// pass every restriction it sets (actors, dyads, places) and, when it sets
// any of codes, posture_sources or themes, at least one of those: codes
// are what happened, themes what the reporting document is about. A watch
// with themes also gets a document series: its documents with one of the
// themes. Errors name the file's line.
#ifndef TOCSIN_SIGNALS_WATCH_H_
#define TOCSIN_SIGNALS_WATCH_H_

#include <string_view>
#include <vector>

#include "tocsin/signals.h"
#include "tocsin/status.h"

namespace tocsin {

// Parses a watch file's text. InvalidArgument "NAME:LINE: what is wrong"
// for the first error, with `file_name` as NAME.
StatusOr<std::vector<Watch>> ParseWatches(std::string_view text,
                                          std::string_view file_name);

// The nuclear-armed states' actor code prefixes (posture_sources of the
// built-in watch).
const std::vector<std::string>& NuclearArmedStates();

}  // namespace tocsin

#endif  // TOCSIN_SIGNALS_WATCH_H_
