// Builds the Pipeline for a command, printing why it could not be built.
#ifndef TOCSIN_CLI_PIPELINE_LOADER_H_
#define TOCSIN_CLI_PIPELINE_LOADER_H_

#include <memory>

#include "tocsin/pipeline.h"

namespace tocsin::cli {

// nullptr after printing "tocsin: error: ..." when data is missing or corrupt.
std::unique_ptr<Pipeline> LoadPipeline(const PipelineOptions& options = {});

}  // namespace tocsin::cli

#endif  // TOCSIN_CLI_PIPELINE_LOADER_H_
