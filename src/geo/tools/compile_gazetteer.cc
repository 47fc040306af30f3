// Build-time tool: compiles the installed place data into gazetteer.bin
// (geo/gazetteer.h, geo/gazetteer_build.h).
//
//   tocsin_compile_gazetteer --cities cities500.txt
//       --iso3166-1 iso_3166-1.json --iso3166-2 iso_3166-2.json
//       [--catalogue fr/iso_3166-2.mo]... [--cldr-main fr.xml]
//       [--cldr-subdivisions fr.xml]... --out gazetteer.bin
#include <CLI/CLI.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "dict/actor_compiler.h"
#include "geo/gazetteer_build.h"
#include "util/files.h"

namespace tocsin {
namespace {

Status Compile(const std::string& cities, const std::string& iso1,
               const std::string& iso2,
               const std::vector<std::string>& catalogues,
               const std::vector<std::string>& cldr_main,
               const std::vector<std::string>& cldr_subdivisions,
               const std::string& out) {
  GazetteerBuilder builder;
  TOCSIN_RETURN_IF_ERROR(builder.AddCountries(iso1));
  for (const std::string& p : cldr_main) {
    TOCSIN_RETURN_IF_ERROR(builder.AddCldrCountryNames(p));
  }
  TOCSIN_RETURN_IF_ERROR(builder.AddSubdivisions(iso2));
  for (const std::string& p : catalogues) {
    TOCSIN_RETURN_IF_ERROR(builder.AddSubdivisionCatalogue(p));
  }
  for (const std::string& p : cldr_subdivisions) {
    TOCSIN_RETURN_IF_ERROR(builder.AddCldrSubdivisionNames(p));
  }
  TOCSIN_ASSIGN_OR_RETURN(std::string tsv, ReadFileToString(cities));
  TOCSIN_RETURN_IF_ERROR(builder.AddCities(tsv, cities));
  GazetteerBuildStats stats;
  TOCSIN_ASSIGN_OR_RETURN(std::string binary, builder.Build(&stats));
  TOCSIN_RETURN_IF_ERROR(WriteFileAtomically(out, binary));
  std::cout << out << ": " << stats.towns << " towns, " << stats.countries
            << " countries, " << stats.subdivisions << " subdivisions ("
            << stats.admin1_linked << " of " << stats.admin1_groups
            << " GeoNames admin1 groups linked), " << stats.names << " names, "
            << binary.size() << " bytes";
  if (stats.malformed_lines) {
    std::cout << "; " << stats.malformed_lines << " malformed lines skipped";
  }
  std::cout << "\n";
  return Status::OK();
}

}  // namespace
}  // namespace tocsin

int main(int argc, char** argv) {
  CLI::App app{"Compile the gazetteer from GeoNames, iso-codes and CLDR"};
  std::string cities, iso1, iso2, out;
  std::vector<std::string> catalogues, cldr_main, cldr_subdivisions;
  app.add_option("--cities", cities, "GeoNames cities500.txt")->required();
  app.add_option("--iso3166-1", iso1, "iso-codes' iso_3166-1.json")->required();
  app.add_option("--iso3166-2", iso2, "iso-codes' iso_3166-2.json")->required();
  app.add_option("--catalogue", catalogues, "iso_3166-2.mo translations");
  app.add_option("--cldr-main", cldr_main, "CLDR common/main/<lang>.xml");
  app.add_option("--cldr-subdivisions", cldr_subdivisions,
                 "CLDR common/subdivisions/<lang>.xml");
  app.add_option("--out", out, "Output file")->required();
  CLI11_PARSE(app, argc, argv);
  tocsin::Status s = tocsin::Compile(cities, iso1, iso2, catalogues, cldr_main,
                                     cldr_subdivisions, out);
  if (!s.ok()) {
    std::cerr << "gazetteer: " << s.ToString()
              << "\n(run scripts/setup.sh to install the place data)\n";
    return 1;
  }
  return 0;
}
