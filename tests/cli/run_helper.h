// Runs the built dipgraph binary for integration tests and captures its
// exit code, standard output and standard error.

#ifndef DIPGRAPH_TESTS_CLI_RUN_HELPER_H_
#define DIPGRAPH_TESTS_CLI_RUN_HELPER_H_

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dipgraph::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// Runs `DIPGRAPH_BIN args` through the shell (args are passed verbatim, so
// quote them as a shell would need).
inline RunResult RunDipgraph(const std::string& args, const std::string& stdin_text = "") {
  static int counter = 0;
  const auto dir = std::filesystem::temp_directory_path() /
                   ("dipgraph_cli_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  std::filesystem::create_directories(dir);
  const auto in = dir / "stdin";
  {
    std::ofstream f(in, std::ios::binary);
    f << stdin_text;
  }
  const std::string cmd = std::string("cd '") + dir.string() + "' && '" + DIPGRAPH_BIN + "' " + args +
                          " < '" + in.string() + "' > '" + (dir / "out").string() + "' 2> '" +
                          (dir / "err").string() + "'";
  const int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = ReadAll(dir / "out");
  r.err = ReadAll(dir / "err");
  std::filesystem::remove_all(dir);
  return r;
}

inline int CountLines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

}  // namespace dipgraph::testing

#endif  // DIPGRAPH_TESTS_CLI_RUN_HELPER_H_
