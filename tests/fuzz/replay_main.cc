// A standalone driver for the libFuzzer targets of tests/fuzz, so that they
// build with any compiler (g++ included) and run as ordinary ctest tests in
// the sanitizer build. It is not a fuzzer: there is no coverage feedback.
// It feeds LLVMFuzzerTestOneInput
//   1. every file of the given directories (and every file given directly),
//      in name order, as it is, and then
//   2. for each of those files, a fixed number of mutants made by a seeded
//      pseudo-random generator (bit flips, byte overwrites with edge values,
//      inserted and deleted ranges, duplicated ranges, splices with another
//      seed, inserted syntax tokens), the same mutants on every run.
// A finding is whatever the target, ASan or UBSan does to stop the process;
// before it dies the driver writes the input it was running to
// replay-crash-<target>-<seed>-<n> (in $DIPGRAPH_REPLAY_ARTIFACTS, default
// the working directory), which the clang build of the target
// (tools/fuzz.sh) or this driver reproduces when given that file.
//
//   <target>_replay [--mutations N] [--max-len BYTES] [--max-seconds S]
//                   DIR_OR_FILE...
//
// Defaults: 200 mutants per file, inputs up to 65536 bytes, no time cap.
// With --max-seconds the run stops mutating (successfully, with a note)
// when the time is up, so a slow machine cannot push ctest past its
// timeout; the seeds themselves always run.

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
// Optional in a target, as with libFuzzer.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);
// Provided by the sanitizer runtimes when they are linked in.
extern "C" __attribute__((weak)) void __sanitizer_set_death_callback(void (*callback)(void));

namespace {

namespace fs = std::filesystem;

struct Seed {
  std::string name;
  std::string bytes;
};

// What is running now, for the crash artifact. Plain globals: the death
// callback and the signal handler only read them.
const char* g_target = "target";
const std::string* g_current = nullptr;
char g_artifact[4096] = "";

void WriteArtifact() {
  if (g_current == nullptr || g_artifact[0] == '\0') return;
  if (FILE* f = std::fopen(g_artifact, "wb")) {
    std::fwrite(g_current->data(), 1, g_current->size(), f);
    std::fclose(f);
    std::fprintf(stderr, "replay: input written to %s\n", g_artifact);
  }
  g_current = nullptr;  // once
}

extern "C" void OnDeath() { WriteArtifact(); }

extern "C" void OnSignal(int sig) {
  WriteArtifact();
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// splitmix64: small, fast, and the same sequence everywhere.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform enough in [0, n); n > 0.
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t state_;
};

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

// Tokens that steer a mutant into the parsers' less travelled branches:
// JSON syntax and escapes, line structure, UTF-8 edge sequences, dates.
constexpr std::string_view kTokens[] = {
    "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u0000", "\\ud800", "\\udc00",
    "\\n", "null", "true", "-1", "1e999", "18446744073709551616", "\n", "\r\n",
    "\t", "#", "=", "|", " ", "\xef\xbb\xbf", "\xc0\x80", "\xed\xa0\x80",
    "\xf4\x90\x80\x80", "\xe2\x80\x8f", "\xf0\x9f\x91\xa9\xe2\x80\x8d",
    "2024-02-29", "0000-00-00", "9999-12-31", "yesterday", "gestern",
    "last Monday", "am 31. Februar", "in March", "\"id\":", "\"text\":",
    "\"date\":", "\"lang\":\"de\"", "U.S.", "Mr.", "<p>", "&amp;", "\0"};

constexpr uint8_t kEdgeBytes[] = {0x00, 0x01, 0x7f, 0x80, 0xbf, 0xc0, 0xff, 0x0a, 0x22, 0x5c};

void Mutate(Rng& rng, std::string& s, const std::vector<Seed>& seeds, size_t max_len) {
  const int steps = 1 + static_cast<int>(rng.Below(4));
  for (int step = 0; step < steps; ++step) {
    switch (rng.Below(9)) {
      case 0:  // flip a bit
        if (!s.empty()) s[rng.Below(s.size())] ^= static_cast<char>(1u << rng.Below(8));
        break;
      case 1:  // overwrite a byte with an edge value
        if (!s.empty()) {
          s[rng.Below(s.size())] = static_cast<char>(kEdgeBytes[rng.Below(sizeof kEdgeBytes)]);
        }
        break;
      case 2:  // overwrite a byte with anything
        if (!s.empty()) s[rng.Below(s.size())] = static_cast<char>(rng.Below(256));
        break;
      case 3: {  // insert random bytes
        const size_t at = rng.Below(s.size() + 1);
        const size_t n = 1 + rng.Below(8);
        std::string bytes;
        for (size_t i = 0; i < n; ++i) bytes.push_back(static_cast<char>(rng.Below(256)));
        s.insert(at, bytes);
        break;
      }
      case 4: {  // delete a range
        if (s.empty()) break;
        const size_t at = rng.Below(s.size());
        s.erase(at, 1 + rng.Below(std::min<size_t>(s.size() - at, 64)));
        break;
      }
      case 5: {  // duplicate a range (repetition, nesting)
        if (s.empty()) break;
        const size_t at = rng.Below(s.size());
        const size_t n = 1 + rng.Below(std::min<size_t>(s.size() - at, 32));
        const std::string piece = s.substr(at, n);
        const size_t times = 1 + rng.Below(16);
        std::string rep;
        for (size_t i = 0; i < times; ++i) rep += piece;
        s.insert(rng.Below(s.size() + 1), rep);
        break;
      }
      case 6: {  // splice: our head with another seed's tail
        const std::string& other = seeds[rng.Below(seeds.size())].bytes;
        const size_t cut = rng.Below(s.size() + 1);
        const size_t from = rng.Below(other.size() + 1);
        s = s.substr(0, cut) + other.substr(from);
        break;
      }
      case 7: {  // insert a token
        const std::string_view tok = kTokens[rng.Below(std::size(kTokens))];
        s.insert(rng.Below(s.size() + 1), tok.empty() ? std::string(1, '\0') : std::string(tok));
        break;
      }
      default:  // truncate
        s.resize(rng.Below(s.size() + 1));
        break;
    }
  }
  if (s.size() > max_len) s.resize(max_len);
}

bool ReadFile(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

void Run(const std::string& input, const std::string& seed_name, long n) {
  std::snprintf(g_artifact, sizeof g_artifact, "%s/replay-crash-%s-%s-%ld",
                std::getenv("DIPGRAPH_REPLAY_ARTIFACTS") ? std::getenv("DIPGRAPH_REPLAY_ARTIFACTS")
                                                         : ".",
                g_target, seed_name.c_str(), n);
  g_current = &input;
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
  g_current = nullptr;
}

int Usage(const char* argv0) {
  std::fprintf(stderr,
               "usage: %s [--mutations N] [--max-len BYTES] [--max-seconds S] DIR_OR_FILE...\n",
               argv0);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  long mutations = 200;
  size_t max_len = 65536;
  double max_seconds = 0;
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (arg == "--mutations" || arg == "--max-len" || arg == "--max-seconds") {
      const char* v = value();
      if (v == nullptr) return Usage(argv[0]);
      char* end = nullptr;
      const double d = std::strtod(v, &end);
      if (end == v || *end != '\0' || d < 0) return Usage(argv[0]);
      if (arg == "--mutations") mutations = static_cast<long>(d);
      if (arg == "--max-len") max_len = static_cast<size_t>(d);
      if (arg == "--max-seconds") max_seconds = d;
    } else if (arg.starts_with("--")) {
      return Usage(argv[0]);
    } else {
      inputs.emplace_back(arg);
    }
  }
  if (inputs.empty()) return Usage(argv[0]);

  // The target's name, from the program's: <name>_replay.
  static std::string target = fs::path(argv[0]).filename().string();
  if (target.ends_with("_replay")) target.resize(target.size() - 7);
  g_target = target.c_str();

  std::vector<Seed> seeds;
  for (const auto& in : inputs) {
    std::error_code ec;
    std::vector<fs::path> files;
    if (fs::is_directory(in, ec)) {
      for (const auto& entry : fs::directory_iterator(in, ec)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(in);
    }
    if (ec) {
      std::fprintf(stderr, "replay: %s: %s\n", in.c_str(), ec.message().c_str());
      return 1;
    }
    for (const auto& f : files) {
      Seed seed{f.filename().string(), {}};
      if (!ReadFile(f, &seed.bytes)) {
        std::fprintf(stderr, "replay: %s: cannot read\n", f.c_str());
        return 1;
      }
      seeds.push_back(std::move(seed));
    }
  }
  if (seeds.empty()) {
    std::fprintf(stderr, "replay: no input files\n");
    return 1;
  }

  if (__sanitizer_set_death_callback) __sanitizer_set_death_callback(OnDeath);
  for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) std::signal(sig, OnSignal);

  const auto start = std::chrono::steady_clock::now();
  long runs = 0;
  for (const auto& seed : seeds) {
    Run(seed.bytes, seed.name, 0);
    ++runs;
  }
  bool out_of_time = false;
  for (const auto& seed : seeds) {
    Rng rng(Fnv1a(seed.name) ^ Fnv1a(target));
    for (long n = 1; n <= mutations; ++n) {
      if (max_seconds > 0 && std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                                           start).count() > max_seconds) {
        out_of_time = true;
        break;
      }
      std::string input = seed.bytes;
      Mutate(rng, input, seeds, max_len);
      Run(input, seed.name, n);
      ++runs;
    }
    if (out_of_time) break;
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("replay: %s: %zu seeds, %ld inputs in %.1f s%s\n", g_target, seeds.size(), runs,
              secs, out_of_time ? " (time cap reached; remaining mutants skipped)" : "");
  return 0;
}
