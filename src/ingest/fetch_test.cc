#include "ingest/fetch.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <string>
#include <thread>
#include <vector>

#include "tocsin/ingest.h"

namespace tocsin {
namespace {

constexpr char kFeed[] =
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>"
    "<item><title>Bridge reopens</title><link>http://127.0.0.1/bridge</link>"
    "<pubDate>Wed, 05 Oct 2022 06:00:00 GMT</pubDate>"
    "<description>&lt;p&gt;The bridge reopened to traffic.&lt;/p&gt;"
    "</description></item></channel></rss>";

// A server on a random loopback port, torn down with the test. No other
// address is ever contacted.
class LocalServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.Get("/feed.xml", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(kFeed, "application/rss+xml");
    });
    server_.Get("/moved", [](const httplib::Request&, httplib::Response& r) {
      r.set_redirect("/feed.xml");
    });
    server_.Get("/big", [](const httplib::Request&, httplib::Response& r) {
      r.set_content(std::string(100000, 'x'), "text/plain");
    });
    server_.Get("/broken", [](const httplib::Request&, httplib::Response& r) {
      r.status = 500;
      r.set_content("oops", "text/plain");
    });
    server_.Get("/page", [](const httplib::Request&, httplib::Response& r) {
      r.set_content("<html><body><p>A page, not a feed.</p></body></html>",
                    "text/html");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    ASSERT_GT(port_, 0);
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::yield();
  }
  void TearDown() override {
    server_.stop();
    thread_.join();
  }
  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

TEST_F(LocalServerTest, FetchesAndFollowsRedirects) {
  for (const char* path : {"/feed.xml", "/moved"}) {
    StatusOr<std::string> body = FetchUrl(Url(path), 5, 1 << 20);
    ASSERT_TRUE(body.ok()) << path << ": " << body.status().ToString();
    EXPECT_EQ(*body, kFeed);
  }
}

TEST_F(LocalServerTest, Failures) {
  const struct {
    std::string path;
    uint64_t max_bytes;
    StatusCode code;
  } cases[] = {
      {"/big", 1000, StatusCode::kResourceExhausted},
      {"/missing", 1000, StatusCode::kNotFound},
      {"/broken", 1000, StatusCode::kFailedPrecondition},
  };
  for (const auto& c : cases) {
    StatusOr<std::string> body = FetchUrl(Url(c.path), 5, c.max_bytes);
    ASSERT_FALSE(body.ok()) << c.path;
    EXPECT_EQ(body.status().code(), c.code) << body.status().ToString();
  }
  EXPECT_TRUE(FetchUrl(Url("/big"), 5, 100000).ok());
}

TEST_F(LocalServerTest, ReadInputsParsesFetchedFeedsAndPages) {
  std::vector<Document> docs;
  std::vector<InputError> errors;
  ReadStats stats = ReadInputs(
      {Url("/feed.xml"), Url("/page"), Url("/missing")}, ReadOptions{},
      [&](Document&& d) { docs.push_back(std::move(d)); },
      [&](const InputError& e) { errors.push_back(e); });
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].title, "Bridge reopens");
  EXPECT_EQ(docs[0].text, "The bridge reopened to traffic.");
  EXPECT_EQ(docs[0].published, "2022-10-05T06:00:00Z");
  EXPECT_EQ(docs[0].source, Url("/feed.xml") + ":1");
  EXPECT_EQ(docs[1].text, "A page, not a feed.");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].source, Url("/missing"));
  EXPECT_EQ(stats.failed, 1u);
}

TEST(FetchUrl, RejectsNonHttpUrls) {
  for (const char* url : {"ftp://127.0.0.1/x", "http://", "https:///path",
                          "http://user@127.0.0.1/", "file:///etc/hosts"}) {
    StatusOr<std::string> body = FetchUrl(url, 1, 100);
    ASSERT_FALSE(body.ok()) << url;
    EXPECT_EQ(body.status().code(), StatusCode::kInvalidArgument) << url;
  }
}

TEST(FetchUrl, ClosedPortIsUnavailable) {
  int port;
  {
    httplib::Server probe;
    port = probe.bind_to_any_port("127.0.0.1");
  }  // closed again: nothing listens there now
  StatusOr<std::string> body =
      FetchUrl("http://127.0.0.1:" + std::to_string(port) + "/", 1, 100);
  ASSERT_FALSE(body.ok());
  EXPECT_EQ(body.status().code(), StatusCode::kUnavailable);
}

TEST(IsHttpUrl, Table) {
  EXPECT_TRUE(IsHttpUrl("http://a"));
  EXPECT_TRUE(IsHttpUrl("HTTPS://a"));
  EXPECT_FALSE(IsHttpUrl("httpx://a"));
  EXPECT_FALSE(IsHttpUrl("news/http://a.txt"));
}

}  // namespace
}  // namespace tocsin
