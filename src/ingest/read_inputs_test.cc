#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "tocsin/ingest.h"

namespace tocsin {
namespace {

namespace fs = std::filesystem;
using std::string_literals::operator""s;

class ReadInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = ::testing::TempDir() + "tocsin_ingest_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& rel, const std::string& bytes) {
    const fs::path p = dir_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string WriteGz(const std::string& rel, const std::string& bytes) {
    const fs::path p = dir_ / rel;
    fs::create_directories(p.parent_path());
    gzFile f = gzopen(p.c_str(), "wb");
    EXPECT_NE(f, nullptr);
    EXPECT_EQ(gzwrite(f, bytes.data(), bytes.size()),
              static_cast<int>(bytes.size()));
    gzclose(f);
    return p.string();
  }

  ReadStats Read(const std::vector<std::string>& inputs,
                 ReadOptions options = {}) {
    docs_.clear();
    errors_.clear();
    return ReadInputs(
        inputs, options, [&](Document&& d) { docs_.push_back(std::move(d)); },
        [&](const InputError& e) { errors_.push_back(e); });
  }

  fs::path dir_;
  std::vector<Document> docs_;
  std::vector<InputError> errors_;
};

constexpr char kRssFeed[] =
    "<rss><channel><item><title>One</title><guid>g1</guid>"
    "<description>First item.</description></item>"
    "<item><title>Two</title><guid>g2</guid>"
    "<description>Second item.</description></item></channel></rss>";

TEST_F(ReadInputsTest, DirectoryIsRecursiveSortedAndSkipsHidden) {
  Write("a.txt", "Harbour strike\n\nThe dockers stopped work on Monday.\n");
  Write("sub/b.html",
        "<html lang=en><body><p>The mayor resigned.</p></body></html>");
  Write("sub/c.jsonl",
        "{\"text\": \"Line one.\"}\n\n{\"text\": broken}\n{\"text\": \"Line "
        "four.\"}\n");
  Write("z.xml", kRssFeed);
  Write(".hidden/x.txt", "never read");
  Write(".dotfile.txt", "never read");
  const ReadStats stats = Read({dir_.string()});

  std::vector<std::string> ids;
  for (const Document& d : docs_) ids.push_back(d.id);
  const std::string c = (dir_ / "sub/c.jsonl").string();
  EXPECT_EQ(ids, (std::vector<std::string>{"a.txt", "sub/b.html", c + ":1",
                                           c + ":4", "g1", "g2"}));
  EXPECT_EQ(docs_[0].title, "Harbour strike");
  EXPECT_EQ(docs_[0].text,
            "Harbour strike\n\nThe dockers stopped work on Monday.\n");
  EXPECT_EQ(docs_[0].source, (dir_ / "a.txt").string());
  EXPECT_EQ(docs_[1].language, "en");
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].source, c);
  EXPECT_EQ(errors_[0].line, 3u);
  EXPECT_EQ(stats.documents, 6u);
  EXPECT_EQ(stats.failed, 1u);
  EXPECT_GT(stats.bytes_read, 300u);
}

TEST_F(ReadInputsTest, GzipFiles) {
  const std::string jsonl = WriteGz(
      "news.jsonl.gz", "{\"text\": \"Alpha.\"}\n{\"text\": \"Beta.\"}\n");
  const std::string txt = WriteGz("story.TXT.GZ", "Talks failed in Geneva.");
  const std::string feed = WriteGz("feed.rss.gz", kRssFeed);
  // Compressed JSON Lines without any telling extension: sniffed after
  // decompression.
  const std::string mystery = WriteGz("mystery", "{\"text\": \"Gamma.\"}\n");
  Read({jsonl, txt, feed, mystery});
  EXPECT_TRUE(errors_.empty()) << errors_[0].status.ToString();
  ASSERT_EQ(docs_.size(), 6u);
  EXPECT_EQ(docs_[0].text, "Alpha.");
  EXPECT_EQ(docs_[1].source, jsonl + ":2");
  EXPECT_EQ(docs_[2].text, "Talks failed in Geneva.");
  EXPECT_EQ(docs_[3].id, "g1");
  EXPECT_EQ(docs_[5].text, "Gamma.");
}

TEST_F(ReadInputsTest, GzipSizeCapAppliesToDecompressedBytes) {
  ReadOptions options;
  options.max_input_bytes = 1000;
  const std::string big = WriteGz("big.txt.gz", std::string(5000, 'a'));
  Read({big}, options);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].status.code(), StatusCode::kResourceExhausted);
  EXPECT_NE(errors_[0].status.message().find("decompressed"),
            std::string::npos);
  EXPECT_TRUE(docs_.empty());
}

TEST_F(ReadInputsTest, CorruptGzipIsDataLoss) {
  std::string gz = WriteGz("tmp.gz", std::string(20000, 'x') + "tail");
  std::ifstream in(gz, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  const std::string truncated =
      Write("cut.txt.gz", bytes.substr(0, bytes.size() / 2));
  bytes[bytes.size() - 6] ^= 0x55;  // in the CRC-32 of the trailer
  const std::string flipped = Write("flip.txt.gz", bytes);
  Read({truncated, flipped});
  ASSERT_EQ(errors_.size(), 2u);
  EXPECT_EQ(errors_[0].status.code(), StatusCode::kDataLoss);
  EXPECT_EQ(errors_[1].status.code(), StatusCode::kDataLoss)
      << errors_[1].status.ToString();
}

TEST_F(ReadInputsTest, HugeFileIsRefusedWithoutReadingIt) {
  const std::string path = (dir_ / "huge.txt").string();
  const int fd = open(path.c_str(), O_CREAT | O_WRONLY, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(ftruncate(fd, 200ll << 20), 0);  // sparse: no disk, no time
  close(fd);
  const ReadStats stats = Read({path});
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].status.code(), StatusCode::kResourceExhausted);
  EXPECT_NE(errors_[0].status.message().find("209715200"), std::string::npos);
  EXPECT_NE(errors_[0].status.message().find("67108864"), std::string::npos);
  EXPECT_EQ(stats.bytes_read, 0u);
}

TEST_F(ReadInputsTest, JsonLinesStreamPastTheFileCap) {
  ReadOptions options;
  options.max_input_bytes = 300;
  std::string lines;
  for (int i = 0; i < 10; ++i) {
    lines += "{\"id\": \"n" + std::to_string(i) + "\", \"text\": \"" +
             std::string(80, 'w') + "\"}\n";
  }
  lines += "{\"text\": \"" + std::string(500, 'z') + "\"}\r\n";
  lines += "{\"text\": \"after the long line\"}\r\n";
  const std::string path = Write("stream.ndjson", lines);
  const ReadStats stats = Read({path}, options);
  EXPECT_EQ(docs_.size(), 11u);
  EXPECT_EQ(docs_.back().text, "after the long line");
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].line, 11u);
  EXPECT_EQ(errors_[0].status.code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(stats.bytes_read, lines.size());
}

TEST_F(ReadInputsTest, BadFiles) {
  const struct {
    const char* name;
    std::string bytes;
    StatusCode code;
    const char* message;
  } cases[] = {
      {"empty.txt", "", StatusCode::kInvalidArgument, "empty file"},
      {"blank.txt", " \n\t\n", StatusCode::kInvalidArgument, "no text"},
      {"image.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"s,
       StatusCode::kInvalidArgument, "binary file"},
      {"controls.html", std::string(100, '\x01') + "<p>x</p>",
       StatusCode::kInvalidArgument, "binary file"},
      {"nothing.html", "<html><body><nav>Menu</nav></body></html>",
       StatusCode::kInvalidArgument, "no article text"},
      {"nofeed.xml", "<rss><channel></channel></rss>",
       StatusCode::kInvalidArgument, "feed has no items"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string path = Write(c.name, c.bytes);
    Read({path});
    ASSERT_EQ(errors_.size(), 1u);
    EXPECT_EQ(errors_[0].source, path);
    EXPECT_EQ(errors_[0].status.code(), c.code);
    EXPECT_EQ(errors_[0].status.message(), c.message);
    EXPECT_TRUE(docs_.empty());
  }
  Read({(dir_ / "missing.txt").string()});
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].status.code(), StatusCode::kNotFound);
}

TEST_F(ReadInputsTest, EncodingsPerFormat) {
  const std::string txt = Write("cp1252.txt",
                                "L\x92"
                                "accord \x80 sign\xE9.");
  const std::string html =
      Write("latin1.htm",
            "<html><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=iso-8859-1\"></head>"
            "<body><p>Pr\xE9sident \xE9lu.</p></body></html>");
  const std::string feed = Write(
      "latin1.rss",
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item>"
      "<description>Gr\xE8ve "
      "g\xE9n\xE9rale.</description></item></channel></rss>");
  const ReadStats stats = Read({txt, html, feed});
  ASSERT_EQ(docs_.size(), 3u) << errors_[0].status.ToString();
  EXPECT_EQ(docs_[0].text, "L’accord € signé.");
  EXPECT_EQ(docs_[0].encoding, "windows-1252");
  EXPECT_EQ(docs_[0].title, "");
  EXPECT_EQ(docs_[1].text, "Président élu.");
  EXPECT_EQ(docs_[1].encoding, "ISO-8859-1");
  EXPECT_EQ(docs_[2].text, "Grève générale.");
  EXPECT_EQ(stats.invalid_bytes, 0u);
}

TEST_F(ReadInputsTest, JsonFiles) {
  const std::string array = Write(
      "many.json", R"([{"text": "One."}, {"text": ""}, {"text": "Three."}])");
  // Mislabelled JSON Lines.
  const std::string lines =
      Write("lines.json", "{\"text\": \"A.\"}\n{\"text\": \"B.\"}\n");
  Read({array, lines});
  ASSERT_EQ(docs_.size(), 4u);
  EXPECT_EQ(docs_[1].text, "Three.");
  EXPECT_EQ(docs_[3].source, lines + ":2");
  EXPECT_EQ(errors_.size(), 1u);
}

TEST(ReadJsonLines, FromAnIstreamLikeStdin) {
  std::istringstream in(
      "{\"text\": \"From stdin.\", \"lang\": \"fr\"}\n"
      "not json\n"
      "\n"
      "{\"text\": \"Again.\"}");
  std::vector<Document> docs;
  std::vector<InputError> errors;
  DocumentCallback on_doc = [&](Document&& d) { docs.push_back(std::move(d)); };
  ErrorCallback on_err = [&](const InputError& e) { errors.push_back(e); };
  InputReader reader(ReadOptions{}, on_doc, on_err);
  IstreamSource src(&in);
  reader.ReadJsonLines(src, "<stdin>");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].source, "<stdin>:1");
  EXPECT_EQ(docs[0].language, "fr");
  EXPECT_EQ(docs[1].source, "<stdin>:4");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 2u);
  EXPECT_NE(errors[0].status.message().find("malformed JSON at byte 2"),
            std::string::npos)
      << errors[0].status.message();
  EXPECT_EQ(reader.stats().documents, 2u);
  EXPECT_EQ(reader.stats().failed, 1u);
}

TEST(StreamLineReader, LinesAcrossBufferRefills) {
  std::string data;
  for (int i = 0; i < 5000; ++i) {
    data += std::string(i % 700, 'a' + i % 26) + "\n";
  }
  data += "last";
  StringSource src(data);
  StreamLineReader lines(&src, 1 << 20, data.substr(0, 10));
  StringSource rest(std::string_view(data).substr(10));
  StreamLineReader reader(&rest, 1 << 20, data.substr(0, 10));
  int n = 0;
  for (;;) {
    StatusOr<bool> more = reader.Next();
    ASSERT_TRUE(more.ok());
    if (!*more) break;
    const std::string want =
        n < 5000 ? std::string(n % 700, 'a' + n % 26) : std::string("last");
    ASSERT_EQ(reader.line(), want) << n;
    ++n;
  }
  EXPECT_EQ(n, 5001);
  EXPECT_EQ(reader.bytes_read(), data.size());
}

}  // namespace
}  // namespace tocsin
