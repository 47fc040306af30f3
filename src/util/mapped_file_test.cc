#include "util/mapped_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

namespace tocsin {
namespace {

std::string TempPath(const char* name) {
  return ::testing::TempDir() + "/" + name + "." + std::to_string(::getpid());
}

TEST(MappedFileTest, MapsContents) {
  std::string path = TempPath("mapped");
  std::ofstream(path, std::ios::binary) << "hello\0world";
  auto f = MappedFile::Open(path);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ((*f)->data(), "hello");
  EXPECT_EQ((*f)->path(), path);
  std::remove(path.c_str());
}

TEST(MappedFileTest, EmptyFileIsEmptyView) {
  std::string path = TempPath("empty");
  std::ofstream(path, std::ios::binary).close();
  auto f = MappedFile::Open(path);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_TRUE((*f)->data().empty());
  std::remove(path.c_str());
}

TEST(MappedFileTest, MissingFileIsNotFound) {
  auto f = MappedFile::Open(TempPath("does-not-exist"));
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), StatusCode::kNotFound);
}

TEST(MappedFileTest, DirectoryIsRejected) {
  auto f = MappedFile::Open(::testing::TempDir());
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace tocsin
