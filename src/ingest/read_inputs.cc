#include "ingest/reader.h"
#include "tocsin/ingest.h"

namespace tocsin {

ReadStats ReadInputs(const std::vector<std::string>& inputs,
                     const ReadOptions& options,
                     const DocumentCallback& on_document,
                     const ErrorCallback& on_error) {
  InputReader reader(options, on_document, on_error);
  for (const std::string& input : inputs) reader.ReadInput(input);
  return reader.stats();
}

}  // namespace tocsin
