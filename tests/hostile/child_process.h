// Test helpers for the hostile-input catalogue: run the built dipgraph
// binary as a child process with a wall-clock deadline and optional
// resource limits, and report its exit status, output, peak resident set
// size (from wait4's rusage) and run time. Also a scratch directory that
// removes itself.
//
// Thread-safety: one test thread at a time (tests run sequentially).

#ifndef DIPGRAPH_TESTS_HOSTILE_CHILD_PROCESS_H_
#define DIPGRAPH_TESTS_HOSTILE_CHILD_PROCESS_H_

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace dipgraph::hostile {

namespace fs = std::filesystem;

// True when this test (and hence the dipgraph binary, built with the same
// flags) runs under AddressSanitizer, which multiplies memory and time.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kUnderAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kUnderAsan = true;
#else
inline constexpr bool kUnderAsan = false;
#endif
#else
inline constexpr bool kUnderAsan = false;
#endif

// A bound that allows for sanitizer overhead: `plain` without ASan,
// `factor` times it with.
inline double Bound(double plain, double factor) {
  return kUnderAsan ? plain * factor : plain;
}

// A fresh directory under the system temp dir, removed with its contents
// when the object goes away (also after a failed REQUIRE).
class ScratchDir {
 public:
  ScratchDir() {
    std::string tmpl = (fs::temp_directory_path() / "dipgraph-hostile-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) != nullptr) path_ = tmpl;
  }
  ~ScratchDir() {
    std::error_code ec;
    // Undo any permission change a test made so removal works as non-root.
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const fs::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

struct ChildOptions {
  // Standard input of the child. Default: /dev/null
  std::string stdin_path = "/dev/null";
  // Killed (SIGKILL) after this many seconds. Default: 300
  double timeout_seconds = 300;
  // RLIMIT_FSIZE for the child in bytes (0 = none). SIGXFSZ is ignored in
  // the child, so writes past the limit fail with EFBIG like a full disk.
  // Root is bound by it too, unlike file permissions.
  rlim_t file_size_limit = 0;
};

struct ChildResult {
  int exit_code = -1;      // when it exited normally
  int signal = 0;          // when a signal ended it
  bool timed_out = false;  // we killed it at the deadline
  std::string out;
  std::string err;
  long max_rss_kb = 0;     // peak resident set size of the child
  double seconds = 0;      // wall-clock run time

  bool exited(int code) const { return signal == 0 && !timed_out && exit_code == code; }
  // A one-line summary for INFO().
  std::string Describe() const {
    std::ostringstream s;
    s << "exit " << exit_code << ", signal " << signal << (timed_out ? ", timed out" : "")
      << ", " << seconds << " s, " << max_rss_kb / 1024 << " MB peak RSS, stderr: "
      << err.substr(0, 600);
    return s.str();
  }
};

inline std::string ReadFile(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

inline void WriteFile(const fs::path& p, const std::string& bytes) {
  std::ofstream f(p, std::ios::binary);
  f << bytes;
}

// Runs DIPGRAPH_BIN with `args` (without argv[0]) in directory `work`,
// stdout and stderr captured into files there.
inline ChildResult RunDipgraph(const std::vector<std::string>& args, const fs::path& work,
                               const ChildOptions& options = {}) {
  const std::string out_path = (work / ".child_out").string();
  const std::string err_path = (work / ".child_err").string();
  std::vector<std::string> argv_store;
  argv_store.reserve(args.size() + 1);
  argv_store.emplace_back("dipgraph");
  argv_store.insert(argv_store.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_store) argv.push_back(a.data());
  argv.push_back(nullptr);

  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid == 0) {
    // Child: only async-signal-safe calls until exec.
    if (::chdir(work.c_str()) != 0) ::_exit(126);
    const int in = ::open(options.stdin_path.c_str(), O_RDONLY);
    const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || out < 0 || err < 0) ::_exit(126);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    if (options.file_size_limit > 0) {
      ::signal(SIGXFSZ, SIG_IGN);  // an ignored disposition survives exec
      const struct rlimit limit = {options.file_size_limit, options.file_size_limit};
      if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(126);
    }
    ::execv(DIPGRAPH_BIN, argv.data());
    ::_exit(127);
  }
  ChildResult r;
  if (pid < 0) return r;
  int status = 0;
  struct rusage usage = {};
  const auto deadline =
      start + std::chrono::milliseconds(static_cast<long>(options.timeout_seconds * 1000));
  for (;;) {
    const pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
    if (done == pid) break;
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::wait4(pid, &status, 0, &usage);
      r.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.max_rss_kb = usage.ru_maxrss;
  r.out = ReadFile(out_path);
  r.err = ReadFile(err_path);
  return r;
}

}  // namespace dipgraph::hostile

#endif  // DIPGRAPH_TESTS_HOSTILE_CHILD_PROCESS_H_
