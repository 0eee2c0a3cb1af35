// `dipgraph codes`: prints the CAMEO event code table compiled into the
// binary, as a table or as JSONL (--json), optionally restricted to roots.

#include <fmt/core.h>

#include <set>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/query_output.h"
#include "graph/cameo.h"

namespace dipgraph::cli {

namespace {

struct CodesOptions {
  bool json = false;
  std::vector<std::string> roots;
};

int RunCodes(const CodesOptions& opt) {
  std::set<std::string> roots;
  for (const auto& r : opt.roots) {
    if (r.size() != 2 || graph::QuadOfCode(r) == 0) {
      fmt::print(stderr, "dipgraph codes: --root {}: not a CAMEO root (01..20)\n", r);
      return kExitUsage;
    }
    roots.insert(r);
  }
  if (!opt.json) fmt::print("{:<5} {:>5} {:>4}  {:<10} {}\n", "code", "gold", "quad", "plover", "label");
  for (const graph::CameoCode& c : graph::AllCameoCodes()) {
    if (!roots.empty() && !roots.count(std::string(c.root()))) continue;
    if (opt.json) {
      fmt::print(
          "{{\"code\":\"{}\",\"root\":\"{}\",\"label\":{},\"goldstein\":{},"
          "\"quad\":{},\"plover\":{},\"plover_mode\":{}}}\n",
          c.code, c.root(), JsonString(c.label), c.goldstein, c.quad,
          c.plover.empty() ? "null" : "\"" + std::string(c.plover) + "\"",
          c.plover_mode.empty() ? "null" : "\"" + std::string(c.plover_mode) + "\"");
    } else {
      fmt::print("{:<5} {:>5.1f} {:>4}  {:<10} {}\n", c.code, c.goldstein, c.quad, c.plover, c.label);
    }
  }
  return kExitOk;
}

}  // namespace

void RegisterCodes(CLI::App& app, CommandContext& ctx) {
  auto opt = std::make_shared<CodesOptions>();
  CLI::App* sub = app.add_subcommand(
      "codes", "Print the CAMEO event code table (label, Goldstein, quad class, PLOVER)");
  sub->add_flag("--json", opt->json, "One JSON object per code (JSONL)");
  sub->add_option("--root", opt->roots, "Only these roots (e.g. --root 04 --root 19)");
  sub->callback([&ctx, opt] { ctx.run = [opt] { return RunCodes(*opt); }; });
}

}  // namespace dipgraph::cli
