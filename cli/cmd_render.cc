// `dipgraph render`: Render a network diagram or timeline with Graphviz (svg, png, pdf, dot)
// Not built yet: its issue replaces this registration.

#include "cli/command.h"

namespace dipgraph::cli {

void RegisterRender(CLI::App& app, CommandContext& ctx) {
  CLI::App* sub = RegisterPending(app, ctx, "render", "Render a network diagram or timeline with Graphviz (svg, png, pdf, dot)");
  AddDbOption(sub, ctx);
}

}  // namespace dipgraph::cli
