#include "cli/pipeline_loader.h"

#include <fmt/core.h>

#include <cstdio>

namespace tocsin::cli {

std::unique_ptr<Pipeline> LoadPipeline(const PipelineOptions& options) {
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) {
    fmt::print(stderr,
               "tocsin: error: cannot load the pipeline: {}\n(run "
               "scripts/setup.sh, or set TOCSIN_DATA_DIR / TOCSIN_DICT_DIR)\n",
               pipeline.status().ToString());
    return nullptr;
  }
  return std::move(pipeline).value();
}

}  // namespace tocsin::cli
