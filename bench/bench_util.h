// Small helpers shared by the standalone benchmark programs: a monotonic
// stopwatch, peak memory, reading corpus JSONL files, and printing one JSON
// result object per line on stdout (machine-readable, collected by
// bench/run.sh).

#ifndef DIPGRAPH_BENCH_BENCH_UTIL_H_
#define DIPGRAPH_BENCH_BENCH_UTIL_H_

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "base/line_reader.h"

namespace dipgraph::bench {

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

// Peak resident set size of this process in MiB.
inline double PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// The shared folder: argv[1] if given, else the path compiled in.
inline std::string SharedDir(int argc, char** argv) {
  if (argc > 1) return argv[1];
  return DIPGRAPH_SHARED_DIR;
}

// All lines of a file; an empty vector (and a message) if it is missing.
inline std::vector<std::string> ReadLines(const std::string& path) {
  std::vector<std::string> lines;
  auto reader = base::LineReader::Open(path);
  if (!reader.ok()) {
    std::fprintf(stderr, "bench: %s\n", reader.status().ToString().c_str());
    return lines;
  }
  std::string line;
  while (reader->Next(&line)) lines.push_back(line);
  return lines;
}

}  // namespace dipgraph::bench

#endif  // DIPGRAPH_BENCH_BENCH_UTIL_H_
