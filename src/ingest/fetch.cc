#include "ingest/fetch.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace tocsin {
namespace {

struct SplitUrl {
  std::string scheme_host_port;  // "https://example.org:8443"
  std::string path;              // "/feed.xml?x=1", never empty
};

bool StartsWithNoCase(const std::string& s, std::string_view prefix) {
  return s.size() >= prefix.size() &&
         std::equal(prefix.begin(), prefix.end(), s.begin(),
                    [](char a, char b) {
                      return a == std::tolower(static_cast<unsigned char>(b));
                    });
}

StatusOr<SplitUrl> Split(const std::string& url) {
  const size_t scheme_end = url.find("://");
  if (!IsHttpUrl(url) || scheme_end == std::string::npos) {
    return InvalidArgumentError("not an http(s) URL: " + url);
  }
  const size_t host_start = scheme_end + 3;
  size_t host_end = url.find_first_of("/?#", host_start);
  if (host_end == std::string::npos) host_end = url.size();
  if (host_end == host_start ||
      url.find_first_of(" @\t\r\n", host_start) < host_end) {
    return InvalidArgumentError("bad host in URL: " + url);
  }
  SplitUrl out;
  std::string scheme = url.substr(0, scheme_end);
  for (char& c : scheme) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  out.scheme_host_port = scheme + url.substr(scheme_end, host_end - scheme_end);
  out.path = url.substr(host_end, url.find('#', host_end) - host_end);
  if (out.path.empty() || out.path[0] != '/') out.path.insert(0, "/");
  return out;
}

}  // namespace

bool IsHttpUrl(const std::string& input) {
  return StartsWithNoCase(input, "http://") ||
         StartsWithNoCase(input, "https://");
}

StatusOr<std::string> FetchUrl(const std::string& url, int timeout_seconds,
                               uint64_t max_bytes) {
  TOCSIN_ASSIGN_OR_RETURN(SplitUrl parts, Split(url));
  httplib::Client client(parts.scheme_host_port);
  if (!client.is_valid()) return InvalidArgumentError("cannot fetch " + url);
  const time_t timeout = std::max(1, timeout_seconds);
  client.set_connection_timeout(timeout);
  client.set_read_timeout(timeout);
  client.set_write_timeout(timeout);
  client.set_follow_location(true);
  client.set_decompress(true);

  std::string body;
  int status = 0;
  bool too_big = false;
  const httplib::Headers headers = {{"User-Agent", "tocsin/0.1"}};
  httplib::Result result = client.Get(
      parts.path, headers,
      [&](const httplib::Response& response) {
        status = response.status;
        const uint64_t declared = std::strtoull(
            response.get_header_value("Content-Length").c_str(), nullptr, 10);
        too_big = declared > max_bytes;
        return status == 200 && !too_big;
      },
      [&](const char* data, size_t length) {
        if (body.size() + length > max_bytes) {
          too_big = true;
          return false;
        }
        body.append(data, length);
        return true;
      });
  if (too_big) {
    return ResourceExhaustedError(url + ": body exceeds the limit of " +
                                  std::to_string(max_bytes) + " bytes");
  }
  if (status == 404) return NotFoundError(url + ": HTTP 404");
  if (status != 0 && status != 200) {
    return FailedPreconditionError(url + ": HTTP " + std::to_string(status));
  }
  if (!result) {
    return UnavailableError(url + ": " + httplib::to_string(result.error()));
  }
  return body;
}

}  // namespace tocsin
