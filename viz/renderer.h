// Renders a Diagram in-process with Graphviz (libcgraph builds the graph,
// libgvc lays it out and writes SVG, PNG, PDF or DOT); no `dot` process is
// started. Output files are written atomically: a temporary file renamed
// into place, so a failed render never leaves a partial file.
//
// Thread-safety: all functions may be called from several threads; the one
// shared Graphviz context is used under a lock (Graphviz 2.42 leaks a few KB
// per context, so one per process is kept).

#ifndef DIPGRAPH_VIZ_RENDERER_H_
#define DIPGRAPH_VIZ_RENDERER_H_

#include <string>
#include <string_view>

#include "base/result.h"
#include "base/status.h"
#include "viz/diagram.h"

namespace dipgraph::viz {

enum class OutputFormat { kSvg, kPng, kPdf, kDot };
enum class LayoutEngine { kDot, kNeato, kFdp, kSfdp, kCirco };

// "svg", "png", "pdf", "dot" (also "gv"). InvalidArgument otherwise.
base::Result<OutputFormat> ParseOutputFormat(std::string_view name);
// From a file name's extension (".svg" ...). InvalidArgument naming the
// file when the extension is missing or unknown.
base::Result<OutputFormat> OutputFormatForPath(std::string_view path);
// "dot", "neato", "fdp", "sfdp", "circo". InvalidArgument otherwise.
base::Result<LayoutEngine> ParseLayoutEngine(std::string_view name);

struct RenderOptions {
  OutputFormat format = OutputFormat::kSvg;
  // Timelines always use kDot (ranks need it).
  // Default: kDot
  LayoutEngine layout = LayoutEngine::kDot;
};

// Returns the rendered document's bytes. Returns InvalidArgument for an
// empty diagram or an edge naming an unknown node, Internal when Graphviz
// fails to lay out or render.
base::Result<std::string> Render(const Diagram& diagram,
                                 const RenderOptions& options);

// Renders and writes `path` atomically. Returns IOError naming the path if
// it cannot be written; no file is left behind on any failure.
base::Status RenderToFile(const Diagram& diagram, const RenderOptions& options,
                          const std::string& path);

}  // namespace dipgraph::viz

#endif  // DIPGRAPH_VIZ_RENDERER_H_
