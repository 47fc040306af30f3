// Build-time tool: compiles GeoNames' cities500.txt into placenames.bin
// (actors/place_names.h).
//
//   tocsin_compile_place_names --geonames cities500.txt --out placenames.bin
//       [--iso3166-2 iso_3166-2.json [--catalogue fr/iso_3166-2.mo]...]
#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "actors/place_names.h"
#include "dict/actor_compiler.h"
#include "util/files.h"

namespace tocsin {
namespace {

Status AddSubdivisions(const std::string& json_path,
                       const std::vector<std::string>& catalogue_paths,
                       std::vector<PlaceRecord>* places) {
  TOCSIN_ASSIGN_OR_RETURN(std::string json, ReadFileToString(json_path));
  std::vector<std::string> catalogues;
  for (const std::string& path : catalogue_paths) {
    TOCSIN_ASSIGN_OR_RETURN(std::string mo, ReadFileToString(path));
    catalogues.push_back(std::move(mo));
  }
  TOCSIN_ASSIGN_OR_RETURN(std::vector<PlaceRecord> subdivisions,
                          ParseIsoSubdivisions(json, catalogues));
  places->insert(places->end(), subdivisions.begin(), subdivisions.end());
  return Status::OK();
}

int Run(const std::string& geonames, const std::string& iso,
        const std::vector<std::string>& catalogues, const std::string& out) {
  std::ifstream in(geonames, std::ios::binary);
  if (!in) {
    std::cerr << geonames << ": cannot open\n";
    return 1;
  }
  std::vector<PlaceRecord> places;
  std::string line;
  uint64_t line_no = 0, bad = 0;
  PlaceRecord record;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    if (!ParseGeoNamesLine(line, &record)) {
      ++bad;
      continue;
    }
    places.push_back(record);
  }
  // A few odd lines are tolerable; a file of another format is not.
  if (places.empty() || bad * 100 > line_no) {
    std::cerr << geonames << ": " << bad << " of " << line_no
              << " lines malformed\n";
    return 1;
  }
  const size_t towns = places.size();
  Status s =
      iso.empty() ? Status::OK() : AddSubdivisions(iso, catalogues, &places);
  std::string binary;
  if (s.ok()) {
    binary = BuildPlaceNames(places);
    s = WriteFileAtomically(out, binary);
  }
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 1;
  }
  std::cout << out << ": " << towns << " towns, " << places.size() - towns
            << " subdivisions, " << binary.size() << " bytes\n";
  return 0;
}

}  // namespace
}  // namespace tocsin

int main(int argc, char** argv) {
  CLI::App app{"Compile GeoNames place names for the name finder"};
  std::string geonames, iso, out;
  std::vector<std::string> catalogues;
  app.add_option("--geonames", geonames, "cities500.txt")->required();
  app.add_option("--iso3166-2", iso, "iso-codes' iso_3166-2.json");
  app.add_option("--catalogue", catalogues,
                 "iso_3166-2.mo translations of the subdivision names");
  app.add_option("--out", out, "Output file")->required();
  CLI11_PARSE(app, argc, argv);
  return tocsin::Run(geonames, iso, catalogues, out);
}
