// Fetching a feed or page over HTTP(S).
#ifndef TOCSIN_INGEST_FETCH_H_
#define TOCSIN_INGEST_FETCH_H_

#include <cstdint>
#include <string>

#include "tocsin/status.h"

namespace tocsin {

// GETs `url` (http:// or https://, certificates verified against the system
// store) and returns the body, decompressed when the server sent it with
// Content-Encoding gzip or deflate. Follows redirects. Errors:
//   InvalidArgument   the URL is not http(s)://host[:port][/path]
//   Unavailable       connection, TLS or timeout failure
//   NotFound/FailedPrecondition  the final status is 404 / not 200
//   ResourceExhausted the body passes `max_bytes` (reading stops there)
// `timeout_seconds` bounds the connection and each read. Blocking;
// thread-compatible (each call uses its own client).
StatusOr<std::string> FetchUrl(const std::string& url, int timeout_seconds,
                               uint64_t max_bytes);

// True when `input` starts with http:// or https:// (case-insensitive).
bool IsHttpUrl(const std::string& input);

}  // namespace tocsin

#endif  // TOCSIN_INGEST_FETCH_H_
