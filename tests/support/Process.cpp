#include "support/Process.hpp"

#include <Poco/Exception.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <unistd.h>
#include <atomic>
#include <fstream>
#include <sstream>
#include <thread>

namespace trousse::test {

ProcessResult run(const std::string& program, const std::vector<std::string>& args,
                  const std::string& input, const std::filesystem::path& workDir) {
  Poco::Pipe inPipe, outPipe, errPipe;
  Poco::Process::Args pocoArgs(args.begin(), args.end());
  Poco::ProcessHandle handle =
      Poco::Process::launch(program, pocoArgs, workDir.empty() ? std::string() : workDir.string(),
                            &inPipe, &outPipe, &errPipe);
  ProcessResult result;
  // Read both streams concurrently so that neither pipe can fill up and block the child.
  std::thread errReader([&] {
    Poco::PipeInputStream errStream(errPipe);
    Poco::StreamCopier::copyToString(errStream, result.err);
  });
  std::thread writer([&] {
    // A child that stops before reading its input (an unknown kind, say) closes the pipe:
    // writing then fails, and that is no failure of the test.
    try {
      Poco::PipeOutputStream inStream(inPipe);
      inStream << input;
      inStream.close();
    } catch (const Poco::Exception&) {
    }
  });
  Poco::PipeInputStream outStream(outPipe);
  Poco::StreamCopier::copyToString(outStream, result.out);
  writer.join();
  errReader.join();
  result.exitCode = handle.wait();
  return result;
}

std::filesystem::path trousseBinary() {
  return std::filesystem::path(TROUSSE_BUILD_DIR) / "bin" / "trousse";
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  path_ = std::filesystem::temp_directory_path() /
          ("trousse-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string readFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void writeFile(const std::filesystem::path& file, const std::string& content) {
  std::ofstream out(file, std::ios::binary);
  out << content;
}

}  // namespace trousse::test
