// Crash safety: `dipgraph ingest` is SIGKILLed at random moments, the
// database is reopened and the ingest rerun, several times; the result must
// equal a clean ingest of the same input (stats and the full event listing,
// ids and counts included). Bounded in time: the kill moments are drawn
// from the measured duration of the clean ingest.

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "store/event_store.h"
#include "tests/store/synthetic_events.h"

namespace dipgraph::testing {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Starts `dipgraph ingest` on `db` with `events`; returns the child's pid.
pid_t StartIngest(const std::string& db, const std::string& events) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) ::dup2(null, 2);
    ::execl(DIPGRAPH_BIN, "dipgraph", "ingest", "-q", "--db", db.c_str(), "--events",
            events.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

// Everything a query could see, except ingest times (which differ between
// runs by design).
std::vector<std::string> Listing(const std::string& db) {
  store::StoreOptions o;
  o.mode = store::OpenMode::kReadOnly;
  auto s = store::EventStore::Open(o, db);
  INFO(s.status().ToString());
  REQUIRE(s.ok());
  std::vector<std::string> out;
  auto stats = (*s)->Stats();
  REQUIRE(stats.ok());
  out.push_back("stats " + std::to_string(stats->actors) + " " + std::to_string(stats->events) +
                " " + std::to_string(stats->mentions) + " " + std::to_string(stats->articles));
  auto st = (*s)->ForEachEvent(store::TimeWindow::All(), [&](const graph::EventRecord& r) {
    std::string line = std::to_string(r.id) + " " + r.source + " " + r.code + " " + r.target +
                       " " + r.date.Value() + " " + std::to_string(r.mentions) + "/" +
                       std::to_string(r.articles) + "/" + std::to_string(r.sources);
    auto mentions = (*s)->GetMentions(r.id);
    REQUIRE(mentions.ok());
    for (const auto& m : *mentions) line += " " + m.article + "#" + std::to_string(m.ordinal);
    out.push_back(std::move(line));
    return true;
  });
  REQUIRE(st.ok());
  return out;
}

uint64_t StoredArticles(const std::string& db) {
  store::StoreOptions o;
  o.mode = store::OpenMode::kReadOnly;
  auto s = store::EventStore::Open(o, db);
  if (!s.ok()) return 0;  // killed before the database was created
  auto stats = (*s)->Stats();
  REQUIRE(stats.ok());
  return stats->articles;
}

TEST_CASE("An ingest killed at random moments and rerun equals a clean ingest",
          "[store][cli][crash]") {
  const fs::path dir = fs::temp_directory_path() /
                       ("dipgraph_crash_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string events = (dir / "ev.jsonl").string();
  constexpr int kArticles = 1200;
  std::ofstream(events) << store::testing::ToJsonl(
      store::testing::SyntheticEvents(kArticles, 4, 2024));

  const auto t0 = Clock::now();
  const int clean_status = Wait(StartIngest((dir / "clean").string(), events));
  const auto clean_time = Clock::now() - t0;
  REQUIRE(WIFEXITED(clean_status));
  REQUIRE(WEXITSTATUS(clean_status) == 0);
  const auto expected = Listing((dir / "clean").string());
  REQUIRE(expected.size() > 1);

  const std::string crashed = (dir / "crashed").string();
  std::mt19937 rng(std::random_device{}());
  const auto clean_ms = std::chrono::duration_cast<std::chrono::milliseconds>(clean_time).count();
  std::uniform_int_distribution<long> delay(clean_ms / 20, std::max<long>(clean_ms * 3 / 4, 2));
  int kills = 0;
  int partial = 0;
  int completed = 0;
  for (int round = 0; round < 12 && kills < 5; ++round) {
    if (Clock::now() - t0 > std::chrono::seconds(40)) break;  // stay within the budget
    // Once the reruns have completed the database, a further rerun only
    // skips unchanged articles and ends before any kill: check the completed
    // database and start over from an empty one, so that every round has
    // work to interrupt.
    if (StoredArticles(crashed) >= static_cast<uint64_t>(kArticles)) {
      CHECK(Listing(crashed) == expected);
      ++completed;
      fs::remove_all(crashed);
    }
    const pid_t pid = StartIngest(crashed, events);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay(rng)));
    ::kill(pid, SIGKILL);
    const int status = Wait(pid);
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) ++kills;
    // Every crash leaves a database that opens, with whole articles only.
    const uint64_t stored = StoredArticles(crashed);
    if (stored > 0 && stored < kArticles) ++partial;
  }
  INFO("kills: " << kills << ", partial databases: " << partial);
  WARN("crash test: " << kills << " kills, " << partial << " left a partial database, "
                      << completed << " completed by reruns and checked");
  CHECK(kills >= 3);

  const int final_status = Wait(StartIngest(crashed, events));
  REQUIRE(WIFEXITED(final_status));
  CHECK(WEXITSTATUS(final_status) == 0);
  CHECK(Listing(crashed) == expected);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dipgraph::testing
